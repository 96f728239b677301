/**
 * Every registered theorem: well-formed, deterministic, honest about skips, and able to fail.
 * CONFORMANCE_MODULE=<slug> restricts the per-theorem suites (and the determinism child) to one module.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listRuns } from '../../experiments/cache/store.js';
import type { CheckResult, JudgedResult } from '../../src/core/result.js';
import type { TheoremModule } from '../../src/core/theorem.js';
import { judge } from '../../src/core/tolerance.js';
import type { Tolerance } from '../../src/core/tolerance.js';
import { runTheorem } from '../../src/runner/run.js';
import { theorems } from '../../theorems/index.js';

/** An expectation moved 10× its allowed deviation away from the measured value. */
function sabotage(m: number, tol: Tolerance): { expected: number; tolerance: Tolerance } {
  const far = 10 * (Math.abs(m) + 1);
  switch (tol.kind) {
    case 'abs':
      return { expected: m + 10 * tol.atol + (Math.abs(m) + 1) * 1e-9, tolerance: tol };
    case 'rel':
      return { expected: m + far * (1 + 10 * tol.rtol) + 10 * (tol.atol ?? 0), tolerance: tol };
    case 'order':
      return { expected: m + 10 * tol.delta, tolerance: tol };
    case 'upper':
      return { expected: m - far, tolerance: { kind: 'upper', slack: 0 } };
    case 'lower':
      return { expected: m + far, tolerance: { kind: 'lower', slack: 0 } };
    case 'interval':
      return { expected: m, tolerance: { kind: 'interval', lo: m + 1, hi: m + 2 } };
  }
}

/**
 * The determinism test's second computations: one child process (test/theorems/fixtures/fresh-run.ts)
 * computes every theorem from scratch, each into its own empty run cache, while this process computes
 * the first; started on first use, a promise per theorem.
 */
const only = process.env.CONFORMANCE_MODULE;
const modules = theorems.filter((t) => !only || t.claim.id === only);
const secondRunsDirs = Object.fromEntries(
  modules.map((t) => [t.claim.id, mkdtempSync(join(tmpdir(), `optverify-conformance-${t.claim.id}-b-`))]),
);
let secondComputations: Map<string, Promise<CheckResult[]>> | undefined;
function secondComputation(id: string): Promise<CheckResult[]> {
  if (!secondComputations) {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./fixtures/fresh-run.ts', import.meta.url)),
        JSON.stringify(secondRunsDirs),
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced', // structured clone: NaN, ±Infinity and −0 survive
      },
    );
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + String(d)).slice(-4000)));
    const settle = new Map<string, { resolve: (r: CheckResult[]) => void; reject: (e: Error) => void }>();
    secondComputations = new Map(
      modules.map((t) => {
        const p = new Promise<CheckResult[]>((resolve, reject) => settle.set(t.claim.id, { resolve, reject }));
        p.catch(() => undefined); // a theorem filtered out of this run is never awaited
        return [t.claim.id, p];
      }),
    );
    child.on('message', (m: { id: string; results: CheckResult[] }) => settle.get(m.id)?.resolve(m.results));
    child.on('exit', (code, signal) => {
      for (const s of settle.values())
        s.reject(new Error(`the fresh-run child exited (${code ?? signal}) before sending this theorem:\n${stderr}`));
    });
  }
  return secondComputations.get(id) ?? Promise.reject(new Error(`no registered theorem ${id}`));
}

describe('registry', () => {
  it('should have unique ids, labels and qualified labels', () => {
    const ids = theorems.map((t) => t.claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    const qualified = theorems.flatMap((t) => t.claim.labels.map((l) => `${t.claim.paper}:${l}`));
    expect(new Set(qualified).size).toBe(qualified.length);
  });
});

describe.each(modules.map((t) => [t.claim.id, t] as [string, TheoremModule]))('theorem %s', (_id, mod) => {
  let first: CheckResult[] = [];
  let second: CheckResult[] = [];
  // two fresh computations, concurrently: this process and a child, no result store, each its own empty run cache (never .optverify/runs)
  const firstRuns = mkdtempSync(join(tmpdir(), `optverify-conformance-${mod.claim.id}-a-`));
  const secondRuns = secondRunsDirs[mod.claim.id];
  beforeAll(async () => {
    const fresh = secondComputation(mod.claim.id);
    first = await runTheorem(mod, { seed: 0, budget: 'quick', training: { resultsDir: firstRuns } });
    second = await fresh;
  }, 600_000);

  it('should match every check to an expectation and back', () => {
    expect(Object.keys(mod.claim.expectations).sort()).toEqual(mod.checks.map((c) => c.name).sort());
    for (const c of mod.checks) expect(c.name).toMatch(/^[a-z][a-z0-9_]*(_[A-Za-z0-9]+)*$/);
    for (const e of Object.values(mod.claim.expectations)) expect(e.source.length).toBeGreaterThan(0);
  });

  it('should produce bit-identical measurements for the same seed, computed twice from scratch', () => {
    expect(secondRuns).not.toBe(firstRuns);
    // each computation trained every run of its own (the second read no cache of the first): the same run configurations
    expect(listRuns(secondRuns).sort()).toEqual(listRuns(firstRuns).sort());
    if (mod.checks.some((c) => c.experiment !== undefined && first.find((r) => r.name === c.name)?.status !== 'skip'))
      expect(listRuns(firstRuns).length).toBeGreaterThan(0);
    const m = (rs: CheckResult[]) =>
      rs.map((r) => [r.name, r.status === 'pass' || r.status === 'fail' ? r.measured : r.status]);
    expect(m(second)).toEqual(m(first));
  });

  it('should run without errors at the quick budget', () => {
    const errors = first
      .filter((r) => r.status === 'error')
      .map((r) => `${r.name}: ${r.status === 'error' ? r.error.message : ''}`);
    expect(errors).toEqual([]);
  });

  it('should prove every judged check did work', () => {
    for (const r of first)
      if (r.status === 'pass' || r.status === 'fail') expect(Number(r.detail?.work)).toBeGreaterThan(0);
  });

  it('should skip, never pass, a check whose capability is missing', async () => {
    const needy = {
      claim: mod.claim,
      checks: mod.checks.slice(0, 1).map((c) => ({ ...c, requires: ['gpu' as const] })),
    };
    const [r] = await runTheorem(needy, { seed: 0, budget: 'quick', capabilities: new Set() });
    if (r) expect(r.status).toBe('skip');
  });

  it('should fail every judged check against an expectation moved 10× its tolerance (sabotage)', () => {
    for (const r of first.filter((x): x is JudgedResult => x.status === 'pass' || x.status === 'fail')) {
      const s = sabotage(r.measured, r.tolerance);
      expect(judge(r.measured, s.expected, s.tolerance).status, `${r.name}`).toBe('fail');
    }
  });
});
