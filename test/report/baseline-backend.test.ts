/**
 * Baselines per backend: a training-backed check recorded on one tensor backend is not judged on
 * another (listed "not compared", exit 0), files without backend fields (test/fixtures/baselines/quick-before-backends.json, as saved
 * before backends were recorded) read as recorded on wasm, and a claim's
 * declared drift replaces the 1e-9 default.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineCommandBody } from '../../src/cli/commands/baseline.js';
import { defineTheorem } from '../../src/core/define.js';
import type { Report } from '../../src/core/result.js';
import type { CheckContext, Claim, TheoremModule } from '../../src/core/theorem.js';
import { backendName, compareBaseline, parseBaseline, recordedBackend, renderDiff } from '../../src/report/baseline.js';
import { fakeIo } from '../helpers/fake-io.js';

/** The "float32 kernel": its value depends on the backend the run uses (cpu: +69%, as qk-norm did). */
const value = (backend: string): number => (backend === 'cpu' ? 1.69 : 1) * state.scale;
const state = { scale: 1 };

const claim: Claim = {
  id: 'toy-training',
  paper: 'ctadam',
  labels: ['toy-2'],
  title: 'toy training statistic',
  statement: { text: 'a statistic of a training run', latex: 's' },
  hypotheses: [],
  settings: {},
  expectations: {
    trained_statistic: { expected: 1, tolerance: { kind: 'rel', rtol: 1 }, source: 'toy' },
    float64_value: { expected: 1, tolerance: { kind: 'rel', rtol: 1 }, source: 'toy' },
  },
};
/** `drifts`: the drift the claim declares for trained_statistic (undefined = none declared). */
function toy(drift?: number): TheoremModule {
  const c: Claim =
    drift === undefined
      ? claim
      : {
          ...claim,
          expectations: {
            ...claim.expectations,
            trained_statistic: { ...claim.expectations.trained_statistic, drift },
          },
        };
  return defineTheorem(c, [
    {
      name: 'trained_statistic',
      layer: 'empirical',
      run: (_c: Claim, ctx: CheckContext) => {
        const b = ctx.training.backend ?? 'wasm';
        // the description the training harness writes into detail.backend
        return {
          measured: value(b),
          method: 'toy training',
          work: 1,
          detail: { backend: `${b} (SIMD on; threads off) — skipped tensorflow-gpu: not installed`, model: 'toy' },
        };
      },
    },
    { name: 'float64_value', layer: 'empirical', run: () => ({ measured: state.scale, method: 'float64', work: 1 }) },
  ]);
}

async function save(mod: TheoremModule, backend?: string): Promise<string> {
  state.scale = 1;
  const dir = mkdtempSync(join(tmpdir(), 'optverify-baseline-backend-'));
  const io = { ...fakeIo(), cwd: dir };
  expect(
    await baselineCommandBody(
      [mod],
      { action: 'save', file: 'base.json', selection: ['all'], store: false, backend },
      io,
    ),
  ).toBe(0);
  expect(io.stdout.join('')).toMatch(
    new RegExp(
      `wrote base\\.json: 2 checks \\(2 pass, 0 claim failures, 0 findings, 0 errors, 0 skip\\), seed 0, budget quick, backend ${backend ?? 'wasm'}$`,
    ),
  );
  return dir;
}
async function check(
  dir: string,
  mod: TheoremModule,
  a: Record<string, unknown> = {},
): Promise<{ rc: number; text: string }> {
  const io = { ...fakeIo(), cwd: dir };
  const rc = await baselineCommandBody([mod], { action: 'check', file: 'base.json', store: false, ...a }, io);
  return { rc, text: io.stdout.join('\n') };
}

describe('baselines per backend', () => {
  it('should name the backend from a detail.backend description', () => {
    expect(backendName('wasm (SIMD on; threads off (tfjs#3830)) — skipped tensorflow-gpu: x; tensorflow: y')).toBe(
      'wasm',
    );
    expect(backendName('tensorflow-gpu — skipped nothing')).toBe('tensorflow-gpu');
    expect(backendName('tensorflow')).toBe('tensorflow');
    expect(backendName('cpu')).toBe('cpu');
  });

  it('should record the backend of the run and of each training-backed check', async () => {
    const dir = await save(toy(), 'wasm');
    const b = parseBaseline(readFileSync(join(dir, 'base.json'), 'utf8'));
    expect(b.schemaVersion).toBe(1);
    expect(b.backend).toBe('wasm');
    expect(b.checks.map((c) => [c.check, c.backend, c.measured])).toEqual([
      ['float64_value', null, 1],
      ['trained_statistic', 'wasm', 1],
    ]);
  });

  it('should not compare (nor fail) a training-backed check run on another backend, and say why', async () => {
    const dir = await save(toy(), 'wasm');
    const { rc, text } = await check(dir, toy(), { backend: 'cpu' }); // trained_statistic moves by 69%
    expect(rc).toBe(0);
    expect(text).toMatch(
      /toy-training\/trained_statistic\s+pass 1\s+pass 1\.69\s+—\s+—\s+baseline recorded on wasm, this run used cpu: not compared$/m,
    );
    expect(text).toContain(
      'baseline check passed: 1 checks within their drift tolerance; 1 not compared (baseline recorded on wasm, this run used cpu)',
    );
    expect(text).not.toMatch(/FAIL/);
    // the float64 check is still compared, and still fails on a drift
    state.scale = 1 + 1e-6;
    const moved = await check(dir, toy(), { backend: 'cpu' });
    expect(moved.rc).toBe(1);
    expect(moved.text).toMatch(
      /toy-training\/float64_value\s+pass 1\s+pass 1\.000001\s+1\.00e-6\s+1\.00e-9\s+FAIL drift/,
    );
    expect(moved.text).toContain('baseline check FAILED: 1 of 1 baseline checks changed; 1 not compared');
  });

  it('should compare a training-backed check on the backend it was recorded on', async () => {
    const dir = await save(toy(), 'cpu');
    expect((await check(dir, toy(), { backend: 'cpu' })).rc).toBe(0);
    const wasm = await check(dir, toy(), { backend: 'wasm' });
    expect(wasm.rc).toBe(0);
    expect(wasm.text).toContain('baseline recorded on cpu, this run used wasm: not compared');
    state.scale = 1 + 1e-6;
    const moved = await check(dir, toy(), { backend: 'cpu' });
    expect(moved.rc).toBe(1);
    expect(moved.text).toMatch(
      /toy-training\/trained_statistic\s+pass 1\.69\s+pass 1\.69000169\s+1\.69e-6\s+1\.69e-9\s+FAIL drift/,
    );
  });

  it('should read a baseline without backend fields (saved before they existed) as recorded on wasm', async () => {
    const dir = await save(toy(), 'wasm');
    const file = join(dir, 'base.json');
    const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
      checks: Record<string, unknown>[];
    };
    delete old.backend;
    for (const c of old.checks) delete c.backend;
    writeFileSync(file, JSON.stringify(old));
    expect(parseBaseline(readFileSync(file, 'utf8'))).not.toHaveProperty('backend');
    const cpu = await check(dir, toy(), { backend: 'cpu' });
    expect(cpu.rc).toBe(0);
    expect(cpu.text).toContain('baseline recorded on wasm, this run used cpu: not compared');
    const wasm = await check(dir, toy(), { backend: 'wasm' });
    expect(wasm.rc).toBe(0);
    expect(wasm.text).toContain('baseline check passed: 2 checks within their drift tolerance');
    expect(wasm.text).not.toContain('not compared');
  });

  it('should honour a declared drift: 1e-3 relative passes with drift 1e-2 and fails with the default', async () => {
    const dir = await save(toy(), 'wasm');
    state.scale = 1 + 1e-3;
    // float64_value also moves by 1e-3 and declares no drift: it fails under the default 1e-9 either way
    const declared = await check(dir, toy(1e-2), { backend: 'wasm' });
    expect(declared.text).toMatch(
      /toy-training\/float64_value\s+pass 1\s+pass 1\.001\s+1\.00e-3\s+1\.00e-9\s+FAIL drift/,
    );
    expect(declared.text).not.toMatch(/trained_statistic/); // within 1e-2·1 + 1e-15: not listed
    expect(declared.text).toContain('baseline check FAILED: 1 of 2 baseline checks changed');
    const verbose = await check(dir, toy(1e-2), { backend: 'wasm', verbose: true });
    expect(verbose.text).toMatch(
      /toy-training\/trained_statistic\s+pass 1\s+pass 1\.001\s+1\.00e-3\s+1\.00e-2\s+ok \(inputs changed\)$/m,
    ); // declaring a drift changes the expectation, so the key
    const undeclared = await check(dir, toy(), { backend: 'wasm' });
    expect(undeclared.rc).toBe(1);
    expect(undeclared.text).toMatch(
      /toy-training\/trained_statistic\s+pass 1\s+pass 1\.001\s+1\.00e-3\s+1\.00e-9\s+FAIL drift/,
    );
    expect(undeclared.text).toContain('baseline check FAILED: 2 of 2 baseline checks changed');
  });

  it('should refuse an unknown --backend with a usage error', async () => {
    const dir = await save(toy(), 'wasm');
    await expect(check(dir, toy(), { backend: 'tpu' })).rejects.toThrow(
      /--backend: expected one of auto, tensorflow-gpu, tensorflow, webgpu, wasm, cpu, got "tpu"/,
    );
  });
});

describe('a baseline saved before backends were recorded (the quick baseline of an earlier release, frozen in test/fixtures)', () => {
  it('should read as recorded on wasm: a cpu rerun of its training-backed checks is not compared, float64 checks are', () => {
    const base = parseBaseline(
      readFileSync(new URL('../fixtures/baselines/quick-before-backends.json', import.meta.url), 'utf8'),
    );
    expect(base.checks.length).toBeGreaterThan(100);
    expect(base.checks.every((c) => c.backend === undefined)).toBe(true);
    const qk = base.checks.find((c) => c.check === 'figure5_assumption1_qk_norm')!;
    expect(recordedBackend(base, qk)).toBe('wasm');
    // a rerun identical to the file except that the training-backed checks ran on cpu (qk-norm moved 69%)
    const trained = new Set([
      'table1_diagonal_p_value',
      'figure3_bound_ratio_training',
      'figure3_exponent_B_minus',
      'kadam_training_finite_runs',
      'figure5_assumption1_qk_norm',
      'figure5_assumption1_without_qk_norm',
      'figure5_transformer_norm',
    ]);
    const ids = [...new Set(base.checks.map((c) => c.theorem))];
    const report = {
      environment: {
        optverify: '0',
        node: 'v20',
        platform: 'linux-x64',
        host: 'h',
        cpus: 2,
        versions: {},
        backend: 'cpu',
        seed: base.seed,
        budget: base.budget,
      },
      theorems: ids.map((id) => ({
        id,
        checks: base.checks
          .filter((c) => c.theorem === id)
          .map((c) => {
            const common = { theorem: id, name: c.check, layer: c.layer, ms: 0, informational: c.informational };
            if (c.status === 'skip') return { ...common, status: 'skip', reason: 'r' };
            if (c.status === 'error') return { ...common, status: 'error', error: { code: 'E', message: 'm' } };
            const measured = Number(c.measured) * (c.check === 'figure5_assumption1_qk_norm' ? 1.69 : 1);
            return {
              ...common,
              status: c.status,
              measured,
              expected: c.expected,
              tolerance: c.tolerance,
              margin: 0,
              method: c.method,
              source: c.source,
              detail: trained.has(c.check) ? { backend: 'cpu — skipped wasm: test' } : { work: 1 },
              counterexample: null,
            };
          }),
      })),
    } as unknown as Report;
    const mods = ids.map((id) => ({ claim: { id, expectations: {} }, checks: [] }) as unknown as TheoremModule);
    const keys = new Map(base.checks.map((c) => [`${c.theorem}/${c.check}`, c.key]));
    const rows = compareBaseline(base, report, mods, (m, c) => keys.get(`${m.claim.id}/${c}`)!);
    const notCompared = rows
      .filter((r) => r.kind === 'not-compared')
      .map((r) => r.check)
      .sort();
    expect(notCompared).toEqual(
      [...trained]
        .filter((t) => base.checks.some((c) => c.check === t && (c.status === 'pass' || c.status === 'fail')))
        .sort(),
    );
    expect(notCompared).toContain('figure5_assumption1_qk_norm');
    expect(rows.filter((r) => r.failing)).toEqual([]);
    expect(rows.filter((r) => r.kind === 'ok')).toHaveLength(base.checks.length - notCompared.length);
    const text = renderDiff(rows);
    expect(text).toMatch(
      /meta-adaptive-norm-ode\/figure5_assumption1_qk_norm\s+pass 5\.21317667556e-8\s+pass 8\.\d+e-8\s+—\s+—\s+baseline recorded on wasm, this run used cpu: not compared/,
    );
    expect(text).toContain(
      `baseline check passed: ${base.checks.length - notCompared.length} checks within their drift tolerance; ${notCompared.length} not compared (baseline recorded on wasm, this run used cpu)`,
    );
  });
});
