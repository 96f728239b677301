/** Orchestration: run a selection of theorems and assemble the Report with provenance. */
import { harnessEntry } from '../../experiments/check.js';
import { describeEnvironment } from '../core/env.js';
import { codeFingerprint } from '../core/fingerprint.js';
import type { CheckResult, Report, TheoremReport } from '../core/result.js';
import { reportSchemaVersion, summarize } from '../core/result.js';
import type { TheoremModule } from '../core/theorem.js';
import type { RunOptions } from './run.js';
import { countChecks, runTheorem } from './run.js';

/** The tensor backends that training-backed checks name in `detail.backend`; float64 when none trained. */
export function backendsUsed(checks: readonly CheckResult[]): string {
  const names = new Set<string>();
  for (const c of checks)
    if ((c.status === 'pass' || c.status === 'fail') && typeof c.detail?.backend === 'string')
      names.add(c.detail.backend);
  return names.size > 0 ? [...names].join('; ') : 'float64 (no tensor backend used)';
}

export async function verifyTheorems(mods: readonly TheoremModule[], opts: RunOptions): Promise<Report> {
  // fingerprint the code before any check runs: a file edited during a long run must not lend its new
  // fingerprint to results computed by the old code
  for (const m of mods) codeFingerprint(m.entry);
  if (mods.some((m) => m.checks.some((c) => c.experiment !== undefined))) codeFingerprint(harnessEntry);
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const total = countChecks(mods, opts);
  const theorems: TheoremReport[] = [];
  let offset = 0;
  for (const mod of mods) {
    const t1 = performance.now();
    const checks = await runTheorem(mod, opts, offset, total);
    offset += checks.length;
    const { id, paper, labels, title, statement } = mod.claim;
    theorems.push({ id, paper, labels, title, statement, checks, ms: Math.round(performance.now() - t1) });
    if (opts.signal?.aborted) break;
  }
  return {
    schema: 'optverify/report',
    schemaVersion: reportSchemaVersion,
    startedAt,
    ms: Math.round(performance.now() - t0),
    environment: describeEnvironment({
      seed: opts.seed,
      budget: opts.budget,
      backend: backendsUsed(theorems.flatMap((t) => t.checks)),
    }),
    theorems,
    summary: summarize(theorems.flatMap((t) => t.checks)),
  };
}
