/**
 * Run one check of a registered theorem through the real runner, for module-specific tests. Training
 * runs go to `training.resultsDir`, by default a fresh temporary directory (never `.optverify/runs`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '../../src/core/result.js';
import type { Budget, TheoremModule, TrainingOptions } from '../../src/core/theorem.js';
import { runTheorem } from '../../src/runner/run.js';

export async function runCheck(
  mod: TheoremModule,
  name: string,
  opts: { seed?: number; budget?: Budget; training?: TrainingOptions } = {},
): Promise<CheckResult> {
  const only = { claim: mod.claim, checks: mod.checks.filter((c) => c.name === name) };
  if (only.checks.length !== 1) throw new Error(`no check ${name} in ${mod.claim.id}`);
  const [r] = await runTheorem(only, {
    seed: opts.seed ?? 0,
    budget: opts.budget ?? 'quick',
    training: { resultsDir: mkdtempSync(join(tmpdir(), 'ov-runs-')), ...opts.training },
  });
  return r;
}
