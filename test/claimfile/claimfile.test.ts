/**
 * Claim files end to end: every example under claims/ passes `verify claim`, a false file of each shape
 * fails with its counterexample, every declared mutant flips the verdict, and an invalid file exits 2
 * with one line naming the file, the JSON pointer and why.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimFileModule, loadClaimFiles, parseClaimFile, readClaimFile } from '../../src/claimfile/index.js';
import { fileDigest } from '../../src/claimfile/module.js';
import { main } from '../../src/cli/main.js';
import type { CheckResult, JudgedResult, Report } from '../../src/core/result.js';
import { falsify } from '../../src/falsify/index.js';
import { runTheorem } from '../../src/runner/run.js';
import { fakeIo } from '../helpers/fake-io.js';
import { fcParams } from '../helpers/fast-check.js';

const repo = new URL('../..', import.meta.url).pathname;
const examples = readdirSync(join(repo, 'claims'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(repo, 'claims', f));
const fixture = (name: string): string => join(repo, 'test/claimfile/fixtures', name);
const falseFiles = ['false-identity.yaml', 'false-order.yaml', 'false-bound.yaml'].map(fixture);

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const io = fakeIo();
  const code = await main(['claim', ...args, '--no-store'], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr };
}

const judged = (r: CheckResult): JudgedResult => {
  expect(r.status === 'pass' || r.status === 'fail', `${r.name}: ${r.status}`).toBe(true);
  return r as JudgedResult;
};

describe('verify claim: example files', () => {
  it('should find one example of each shape', () => {
    const shapes = new Set(examples.map((f) => readClaimFile(f).shape));
    expect([...shapes].sort()).toEqual(['bound', 'identity', 'order']);
  });

  it('should pass every example under claims/ with exit 0 and real numbers', async () => {
    const { code, out } = await runCli([...examples, '--json']);
    const report = JSON.parse(out) as Report;
    expect(code).toBe(0);
    expect(report.theorems.map((t) => t.id).sort()).toEqual(examples.map((f) => readClaimFile(f).id).sort());
    const byName = new Map(report.theorems.flatMap((t) => t.checks.map((c) => [`${t.id}/${c.name}`, judged(c)])));
    for (const r of byName.values()) expect(r.status, r.name).toBe('pass');
    // identities: a true polynomial identity leaves only 48-digit rounding
    expect(byName.get('orvieto-gower-prop1/identity')!.measured).toBeLessThan(1e-40);
    expect(byName.get('orvieto-gower-prop1-unrolled/identity')!.measured).toBeLessThan(1e-40);
    // orders: measured slopes close to the claimed ones, far inside ±0.15
    expect(Math.abs(byName.get('gsi-ema-first-order/remainder_order')!.measured - 2)).toBeLessThan(0.02);
    expect(Math.abs(byName.get('gsi-ema-discretisation-order/remainder_order')!.measured - 1)).toBeLessThan(0.01);
    // the bound m_k² ≤ v_k is attained (m = g, s = 0): the search reaches the ratio 1, never above
    const search = byName.get('orvieto-gower-direction-bound/bound_falsify_search')!;
    expect(search.measured).toBeLessThanOrEqual(1);
    expect(search.measured).toBeGreaterThan(0.999);
  }, 120_000);

  it('should render the same table as `verify theorem`', async () => {
    const { code, out } = await runCli([join(repo, 'claims/orvieto-gower-prop1.yaml')]);
    expect(code).toBe(0);
    expect(out).toMatch(/symbolic\s+identity\s+pass/);
    expect(out).toContain('1 passed, 0 claim failures');
  });

  it('should give the same numbers for the same seed, other draws for another', async () => {
    const mod = claimFileModule(readClaimFile(join(repo, 'claims/orvieto-gower-direction-bound.yaml')));
    const measured = async (seed: number) =>
      (await runTheorem(mod, { seed, budget: 'quick' })).map((r) => judged(r).measured);
    const a = await measured(3);
    expect(await measured(3)).toEqual(a);
    expect((await measured(4))[0]).not.toBe(a[0]);
  });
});

describe('verify claim: false files fail', () => {
  it('should exit 1 on each false file, with its counterexample', async () => {
    for (const f of falseFiles) {
      const { code } = await runCli([f]);
      expect(code, f).toBe(1);
    }
    const { out } = await runCli([...falseFiles, '--json']);
    const checks = new Map(
      (JSON.parse(out) as Report).theorems.flatMap((t) => t.checks.map((c) => [`${t.id}/${c.name}`, judged(c)])),
    );
    const identity = checks.get('false-identity-ema-weight/identity')!;
    expect(identity.status).toBe('fail');
    expect(Object.keys(identity.counterexample ?? {}).sort()).toEqual(['beta', 'g', 'm', 'v']);
    // at the counterexample the claimed and the true cross terms differ by (1 − β)²(m − g)² > 0
    const order = checks.get('false-order-zeroth/remainder_order')!;
    expect(order.status).toBe('fail');
    expect(Math.abs(order.measured - 1)).toBeLessThan(0.05);
    for (const name of ['bound_random_points', 'bound_falsify_search']) {
      const b = checks.get(`false-bound-unequal-betas/${name}`)!;
      expect(b.status, name).toBe('fail');
      expect(b.measured, name).toBeGreaterThan(1);
      const p = b.counterexample!;
      // inside the stated scope, and the ratio there is what was measured
      expect(p.beta1).toBeGreaterThanOrEqual(0.8);
      expect(p.beta1).toBeLessThanOrEqual(0.95);
      expect(p.beta2).toBeGreaterThanOrEqual(0.95);
      const ratio =
        (p.beta1 * p.m + (1 - p.beta1) * p.g) ** 2 / (p.beta2 * (p.m ** 2 + p.s) + (1 - p.beta2) * p.g ** 2);
      expect(ratio).toBeCloseTo(b.measured, 10);
    }
  }, 60_000);

  it('should make the false bound a falsify target that breaks inside its scope', () => {
    const mod = claimFileModule(readClaimFile(fixture('false-bound.yaml')));
    const [target] = mod.falsify ?? [];
    expect(target.id).toBe('false-bound-unequal-betas/bound');
    const r = falsify(target, { seed: 0, runs: 64, maxEvals: 800 });
    expect(r.verdict).toBe('fail');
    expect(r.worstInScope!.value).toBeGreaterThan(1);
    const honest = claimFileModule(readClaimFile(join(repo, 'claims/orvieto-gower-direction-bound.yaml')));
    expect(falsify(honest.falsify![0], { seed: 0, runs: 64, maxEvals: 800 }).verdict).toBe('none');
  });
});

describe('claim-file mutants', () => {
  it.each([...examples, ...falseFiles])(
    'should flip every verdict of %s under each declared mutant',
    async (file) => {
      const mod = loadClaimFiles([file], repo)[0];
      const before = await runTheorem(mod, { seed: 0, budget: 'quick' });
      for (const name of Object.keys(mod.claim.mutants ?? {})) {
        const after = await runTheorem(mod, { seed: 0, budget: 'quick', mutant: name });
        const flips = before.map((b, i) => `${b.status}→${after[i].status}`);
        for (const f of flips) expect(['pass→fail', 'fail→pass'], `${name}: ${flips.join(', ')}`).toContain(f);
      }
    },
    60_000,
  );
});

describe('verify claim: invalid files exit 2 with file, pointer and reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ov-claimfile-'));
  const base = readFileSync(join(repo, 'claims/orvieto-gower-prop1.yaml'), 'utf8');
  const write = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const cases: [string, string, string][] = [
    ['missing.yaml', base.replace(/^source: .*\n/m, ''), '/: missing required property "source"'],
    ['unknown.yaml', base.replace('shape: identity', 'shape: identity\ncolour: red'), '/colour: unknown property'],
    [
      'shape.yaml',
      base.replace('shape: identity', 'shape: lemma'),
      '/shape: must be one of "identity", "order", "bound"',
    ],
    [
      'undeclared.yaml',
      base.replace('beta*(v - m^2) + beta', 'beta*(v - m^2) + gamma'),
      '/identity/rhs: undeclared name "gamma"',
    ],
    ['syntax.yaml', base.replace('lhs: "vk - mk^2"', 'lhs: "vk - (mk^2"'), '/identity/lhs: not an expression'],
    [
      'range.yaml',
      base.replace('beta: [0.01, 0.999]', 'beta: [0.999, 0.01]'),
      '/identity/domain/beta: range [0.999, 0.01] is empty',
    ],
    [
      'mutant.yaml',
      base.replace('      rhs: "beta*(v - m^2) + (1', '      remainder: "beta*(v - m^2) + (1'),
      '/mutants/0/set/remainder: a identity mutant replaces lhs or rhs',
    ],
    ['yaml.yaml', 'id: [unclosed', '/: not YAML or JSON'],
    ['other-body.yaml', `${base}bound: {}\n`, '/bound: present, but the shape is "identity"'],
    [
      'duplicate.yaml',
      base.replace('points: 64', 'points: 64\n  points: 32'),
      '/: not YAML or JSON: Map keys must be unique at line',
    ],
  ];
  it.each(cases)('%s', async (name, text, message) => {
    const path = write(name, text);
    const { code, out, err } = await runCli([path]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(`verify: ${path}: ${message}`);
    expect(err[0]).not.toContain('\n');
  });

  it('should refuse a file that does not exist, and the same id twice', async () => {
    const missing = await runCli([join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/nope\.yaml: \/: cannot read: ENOENT/);
    const ex = join(repo, 'claims/orvieto-gower-prop1.yaml');
    const twice = await runCli([ex, ex]);
    expect(twice.code).toBe(2);
    expect(twice.err[0]).toContain('/id: "orvieto-gower-prop1" is also the id of');
  });

  it('should accept JSON as well as YAML', () => {
    const c = readClaimFile(join(repo, 'claims/orvieto-gower-prop1.yaml'));
    expect(parseClaimFile(JSON.stringify(c), 'x.json')).toEqual(c);
  });

  it('should reject any undeclared name in an expression (property)', () => {
    const c = readClaimFile(join(repo, 'claims/orvieto-gower-prop1.yaml'));
    const declared = new Set([
      'beta',
      'm',
      'v',
      'g',
      'mk',
      'vk',
      'pi',
      'e',
      ...'sqrt exp log sin cos tan atan sinh cosh tanh abs'.split(' '),
    ]);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/).filter((n) => !declared.has(n)),
        (name) => {
          const doc = JSON.stringify({ ...c, identity: { ...c.identity, rhs: `${c.identity.rhs} + 0*${name}` } });
          expect(() => parseClaimFile(doc, 'p.json')).toThrow(`p.json: /identity/rhs: undeclared name "${name}"`);
        },
      ),
      fcParams(50),
    );
  });
});

describe('result-store key', () => {
  it('should change with the formula (the file digest is in the settings)', () => {
    const c = readClaimFile(join(repo, 'claims/orvieto-gower-prop1.yaml'));
    if (c.shape !== 'identity') throw new Error('shape');
    const other = { ...c, identity: { ...c.identity, rhs: `${c.identity.rhs} + 0` } };
    expect(fileDigest(other)).not.toBe(fileDigest(c));
    expect(claimFileModule(c).claim.settings.fileDigest).toBe(fileDigest(c));
    expect(Number.isSafeInteger(fileDigest(c))).toBe(true);
  });
});
