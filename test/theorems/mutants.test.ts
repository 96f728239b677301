/**
 * Falsifiability: every check declares its kind, every evidence check is the target of at least one claim
 * mutant, and under each mutant every targeted check's verdict flips (pass ↔ fail). A mutant perturbs the
 * claimed formula inside the check's own code path, so this tests the measurement, not `judge`.
 * MUTANT_MODULE=<slug> restricts the suite to one module (for working on it).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/result.js';
import { checkKinds } from '../../src/core/theorem.js';
import type { TheoremModule } from '../../src/core/theorem.js';
import { runTheorem } from '../../src/runner/run.js';
import { theorems } from '../../theorems/index.js';

const only = process.env.MUTANT_MODULE;
const modules = theorems.filter((t) => !only || t.claim.id === only);
const verdict = (r: CheckResult | undefined): string => r?.status ?? 'missing';
const measuredOf = (r: CheckResult | undefined): string =>
  !r
    ? 'missing'
    : r.status === 'pass' || r.status === 'fail'
      ? `${r.measured} (${r.method.slice(0, 120)})`
      : r.status === 'error'
        ? r.error.message
        : r.reason;

describe.each(modules.map((t) => [t.claim.id, t] as [string, TheoremModule]))('claim mutants of %s', (_id, mod) => {
  const mutants = Object.entries(mod.claim.mutants ?? {});
  const evidence = Object.entries(mod.claim.expectations)
    .filter(([, e]) => e.kind === 'evidence')
    .map(([name]) => name);
  const baseline = new Map<string, CheckResult>();
  // training runs in a temporary cache, never the repository's .optverify/runs
  const runs = mkdtempSync(join(tmpdir(), `optverify-mutants-${mod.claim.id}-`));

  beforeAll(async () => {
    const targeted = new Set(mutants.flatMap(([, m]) => m.checks));
    const sub = { ...mod, checks: mod.checks.filter((c) => targeted.has(c.name)) };
    for (const r of await runTheorem(sub, { seed: 0, budget: 'quick', training: { resultsDir: runs } }))
      baseline.set(r.name, r);
  }, 600_000);

  it('should declare a kind for every check', () => {
    const missing = Object.entries(mod.claim.expectations)
      .filter(([, e]) => !e.kind || !checkKinds.includes(e.kind))
      .map(([n]) => n);
    expect(missing).toEqual([]);
  });

  it('should target every evidence check with at least one mutant', () => {
    const targeted = new Set(mutants.flatMap(([, m]) => m.checks));
    expect(evidence.filter((n) => !targeted.has(n))).toEqual([]);
  });

  it('should name only existing checks in its mutants', () => {
    const names = new Set(mod.checks.map((c) => c.name));
    expect(mutants.flatMap(([, m]) => m.checks).filter((n) => !names.has(n))).toEqual([]);
  });

  it.each(mutants.length > 0 ? mutants : [['(none)', { description: '', checks: [] }] as const])(
    'should flip every targeted verdict under mutant %s',
    async (name, m) => {
      if (m.checks.length === 0) return;
      const sub = { ...mod, checks: mod.checks.filter((c) => m.checks.includes(c.name)) };
      const mutated = await runTheorem(sub, { seed: 0, budget: 'quick', mutant: name, training: { resultsDir: runs } });
      const rows = m.checks.map((c) => {
        const before = baseline.get(c);
        const after = mutated.find((r) => r.name === c);
        const row = { check: c, before: verdict(before), after: verdict(after) };
        const flipped =
          (row.before === 'pass' && row.after === 'fail') || (row.before === 'fail' && row.after === 'pass');
        // an unflipped row says why: both measurements
        return flipped ? row : { ...row, measured: [measuredOf(before), measuredOf(after)] };
      });
      // a flip is pass → fail or fail → pass; an error or skip under the mutant proves nothing
      const unflipped = rows.filter(
        (r) => !((r.before === 'pass' && r.after === 'fail') || (r.before === 'fail' && r.after === 'pass')),
      );
      expect(unflipped, `${m.description}`).toEqual([]);
    },
    600_000,
  );
});
