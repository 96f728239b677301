/** A deliberate perturbation of a kernel makes `baseline check` fail with a readable diff. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineCommandBody, parseSelection } from '../../src/cli/commands/baseline.js';
import { defineTheorem } from '../../src/core/define.js';
import type { Check, Claim, TheoremModule } from '../../src/core/theorem.js';
import { parseBaseline } from '../../src/report/baseline.js';
import { fakeIo } from '../helpers/fake-io.js';

/** The "kernel": a tiny power iteration whose result the checks measure; tests perturb it. */
const kernel = { damping: 0.5 };
function fixedPoint(): number {
  let x = 1;
  for (let k = 0; k < 200; k++) x = kernel.damping * x + 1; // → 1 / (1 − damping)
  return x;
}

const claim: Claim = {
  id: 'toy-fixed-point',
  paper: 'degenerate',
  labels: ['toy-1'],
  title: 'toy fixed point',
  statement: { text: 'x* = 1/(1 − d)', latex: 'x^* = 1/(1-d)' },
  hypotheses: [],
  settings: { iterations: 200 },
  expectations: {
    fixed_point: { expected: 2, tolerance: { kind: 'rel', rtol: 0.1 }, source: 'closed form' },
    loose_drift: { expected: 2, tolerance: { kind: 'rel', rtol: 0.5 }, source: 'closed form', drift: 0.2 },
  },
};
const checks = (extra: Check[] = []): Check[] => [
  { name: 'fixed_point', layer: 'empirical', run: () => ({ measured: fixedPoint(), method: 'iteration', work: 200 }) },
  { name: 'loose_drift', layer: 'empirical', run: () => ({ measured: fixedPoint(), method: 'iteration', work: 200 }) },
  ...extra,
];
const registry = (mod: TheoremModule): readonly TheoremModule[] => [mod];

async function setup(): Promise<{ dir: string; file: string }> {
  kernel.damping = 0.5;
  const dir = mkdtempSync(join(tmpdir(), 'optverify-baseline-'));
  const io = { ...fakeIo(), cwd: dir };
  expect(
    await baselineCommandBody(
      registry(defineTheorem(claim, checks())),
      { action: 'save', file: 'base.json', selection: ['all'], store: false },
      io,
    ),
  ).toBe(0);
  expect(io.stdout.join('')).toContain('wrote base.json: 2 checks (2 pass');
  return { dir, file: join(dir, 'base.json') };
}

describe('verify baseline', () => {
  it('should save small, sorted, stable JSON with schema, selection and provenance', async () => {
    const { file } = await setup();
    const text = readFileSync(file, 'utf8');
    const b = parseBaseline(text);
    expect(b).toMatchObject({
      schema: 'optverify/baseline',
      schemaVersion: 1,
      selection: { kind: 'all' },
      seed: 0,
      budget: 'quick',
      backend: null,
    });
    expect(b.checks.map((c) => [c.theorem, c.check, c.status, c.drift, c.backend])).toEqual([
      ['toy-fixed-point', 'fixed_point', 'pass', null, null],
      ['toy-fixed-point', 'loose_drift', 'pass', 0.2, null],
    ]);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'backend',
      'budget',
      'checks',
      'provenance',
      'schema',
      'schemaVersion',
      'seed',
      'selection',
    ]);
    const again = await setup();
    expect(readFileSync(again.file, 'utf8')).toBe(text);
  });

  it('should pass an unchanged rerun', async () => {
    const { dir } = await setup();
    const io = { ...fakeIo(), cwd: dir };
    expect(
      await baselineCommandBody(
        registry(defineTheorem(claim, checks())),
        { action: 'check', file: 'base.json', store: false },
        io,
      ),
    ).toBe(0);
    expect(io.stdout.join('')).toContain('baseline check passed: 2 checks within their drift tolerance');
  });

  it('should fail with a readable diff when the kernel is perturbed', async () => {
    const { dir } = await setup();
    kernel.damping = 0.5 + 1e-6; // a tiny perturbation: the verdict holds, the value drifts by ~4e-6
    const io = { ...fakeIo(), cwd: dir };
    expect(
      await baselineCommandBody(
        registry(defineTheorem(claim, checks())),
        { action: 'check', file: 'base.json', store: false },
        io,
      ),
    ).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/check\s+baseline\s+now\s+drift\s+allowed\s+result/);
    expect(text).toMatch(
      /toy-fixed-point\/fixed_point\s+pass 2\s+pass 2\.000004\d*\s+4\.00e-6\s+2\.00e-9\s+FAIL drift/,
    );
    expect(text).not.toContain('loose_drift'); // 0.2 relative drift declared next to the claim
    expect(text).toContain('baseline check FAILED: 1 of 2 baseline checks changed');
    // --rtol overrides every declared drift
    const io2 = { ...fakeIo(), cwd: dir };
    expect(
      await baselineCommandBody(
        registry(defineTheorem(claim, checks())),
        { action: 'check', file: 'base.json', store: false, rtol: '1e-5' },
        io2,
      ),
    ).toBe(0);
  });

  it('should fail on a verdict change and on a vanished check, and only report a new one', async () => {
    const { dir } = await setup();
    kernel.damping = 0.9; // fixed point 10: fixed_point now fails
    const extra: Check[] = [{ name: 'brand_new', layer: 'ode', run: () => ({ measured: 1, method: 'm', work: 1 }) }];
    const claim2: Claim = {
      ...claim,
      expectations: {
        fixed_point: claim.expectations.fixed_point,
        brand_new: { expected: 1, tolerance: { kind: 'abs', atol: 1 }, source: 's' },
      },
    };
    const mod = defineTheorem(
      claim2,
      [...checks(extra)].filter((c) => c.name !== 'loose_drift'),
    );
    const io = { ...fakeIo(), cwd: dir };
    expect(await baselineCommandBody(registry(mod), { action: 'check', file: 'base.json', store: false }, io)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/toy-fixed-point\/fixed_point\s+pass 2\s+fail 9\.99\d*\s.*FAIL verdict$/m);
    expect(text).toMatch(/toy-fixed-point\/loose_drift\s+pass 2\s+\(absent\).*FAIL disappeared/);
    expect(text).toMatch(/toy-fixed-point\/brand_new\s+\(absent\)\s+pass 1.*ok new/);
    expect(text).toContain('baseline check FAILED: 2 of 2 baseline checks changed; 1 new');
  });

  it('should parse selections and refuse a baseline of another schema version', async () => {
    expect(parseSelection([])).toEqual({ kind: 'all' });
    expect(parseSelection(['paper', 'gsi'])).toEqual({ kind: 'paper', key: 'gsi' });
    expect(parseSelection(['theorem', 'corollary-3.6', 'theorem-3.3'])).toEqual({
      kind: 'theorems',
      ids: ['corollary-3.6', 'theorem-3.3'],
    });
    expect(() =>
      parseBaseline('{"schema":"optverify/baseline","schemaVersion":99,"checks":[],"selection":{"kind":"all"}}'),
    ).toThrow(/schemaVersion 99/);
  });
});
