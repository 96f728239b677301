/**
 * Merge shard result directories: same config hash = same run. Identical results (provenance aside)
 * are kept once; differing results under one hash are a conflict and nothing is written.
 */
import { join } from 'node:path';
import { runResultProblem } from '../harness/validate.js';
import { canonicalJson, listRuns, readRunChecked, writeRun } from './store.js';
import type { StoredRun } from './store.js';

/** Raised when two directories hold different results for one configuration hash. */
export class MergeConflictError extends Error {
  constructor(readonly conflicts: readonly { hash: string; dirs: readonly string[] }[]) {
    super(
      `conflicting results for ${conflicts.length} run(s): ${conflicts.map((c) => `${c.hash.slice(0, 12)} in ${c.dirs.join(' and ')}`).join('; ')}`,
    );
  }
}

/** Summary of a merge. */
export interface MergeSummary {
  readonly runs: number;
  readonly duplicates: number;
  readonly written: number;
  /** Run files not merged, one line each saying why (corrupt, misnamed, invalid result). */
  readonly dropped: readonly string[];
}

/** The result validator of a runner namespace (training runs have a schema; others only their hash). */
const validators: Readonly<Record<string, (r: unknown) => string | null>> = { 'tfjs-train-run': runResultProblem };

/** Merge `sources` into `out` (may be one of the sources). Throws MergeConflictError before writing anything. */
export function mergeRuns(sources: readonly string[], out: string): MergeSummary {
  const seen = new Map<string, { run: StoredRun; dir: string; key: string }>();
  const conflicts = new Map<string, Set<string>>();
  let duplicates = 0;
  const dropped: string[] = [];
  for (const dir of [...sources, out]) {
    for (const hash of listRuns(dir)) {
      const read = readRunChecked(dir, hash, (result, keyed) => validators[keyed.namespace]?.(result) ?? null);
      if (!read.run) {
        dropped.push(read.problem ?? `${join(dir, hash)}.json: dropped: unreadable`);
        continue;
      }
      const run = read.run;
      const key = canonicalJson({ config: run.config, result: run.result });
      const prev = seen.get(hash);
      if (!prev) seen.set(hash, { run, dir, key });
      else if (prev.key === key) duplicates += prev.dir === dir ? 0 : 1;
      else conflicts.set(hash, new Set([...(conflicts.get(hash) ?? [prev.dir]), dir]));
    }
  }
  if (conflicts.size > 0)
    throw new MergeConflictError([...conflicts].map(([hash, dirs]) => ({ hash, dirs: [...dirs] })));
  const existing = new Set(listRuns(out));
  let written = 0;
  for (const [hash, { run }] of seen) {
    if (existing.has(hash)) continue;
    writeRun(out, run);
    written++;
  }
  return { runs: seen.size, duplicates, written, dropped };
}
