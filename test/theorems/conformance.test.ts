/** Every registered theorem: well-formed, deterministic, honest about skips, and able to fail. */
import { beforeAll, describe, expect, it } from 'vitest';
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

describe('registry', () => {
  it('should have unique ids, labels and qualified labels', () => {
    const ids = theorems.map((t) => t.claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    const qualified = theorems.flatMap((t) => t.claim.labels.map((l) => `${t.claim.paper}:${l}`));
    expect(new Set(qualified).size).toBe(qualified.length);
  });
});

describe.each(theorems.map((t) => [t.claim.id, t] as [string, TheoremModule]))('theorem %s', (_id, mod) => {
  let first: CheckResult[] = [];
  let second: CheckResult[] = [];
  beforeAll(async () => {
    first = await runTheorem(mod, { seed: 0, budget: 'quick' });
    second = await runTheorem(mod, { seed: 0, budget: 'quick' });
  }, 600_000);

  it('should match every check to an expectation and back', () => {
    expect(Object.keys(mod.claim.expectations).sort()).toEqual(mod.checks.map((c) => c.name).sort());
    for (const c of mod.checks) expect(c.name).toMatch(/^[a-z][a-z0-9_]*(_[A-Za-z0-9]+)*$/);
    for (const e of Object.values(mod.claim.expectations)) expect(e.source.length).toBeGreaterThan(0);
  });

  it('should produce bit-identical measurements for the same seed', () => {
    const m = (rs: CheckResult[]) => rs.map((r) => (r.status === 'pass' || r.status === 'fail' ? r.measured : r.status));
    expect(m(second)).toEqual(m(first));
  });

  it('should run without errors at the quick budget', () => {
    const errors = first.filter((r) => r.status === 'error').map((r) => `${r.name}: ${r.status === 'error' ? r.error.message : ''}`);
    expect(errors).toEqual([]);
  });

  it('should prove every judged check did work', () => {
    for (const r of first) if (r.status === 'pass' || r.status === 'fail') expect(Number(r.detail?.work)).toBeGreaterThan(0);
  });

  it('should skip, never pass, a check whose capability is missing', async () => {
    const needy = { claim: mod.claim, checks: mod.checks.slice(0, 1).map((c) => ({ ...c, requires: ['gpu' as const] })) };
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
