/** What every training-backed experiment shares: run a sweep on the chosen backend, report provenance. */
import { describeBackend, initBackend } from '../backends.js';
import type { BackendRequest } from '../backends.js';
import { runSweep } from '../cache/sweep.js';
import type { Shard } from '../cache/shard.js';
import { trainRun } from '../harness/train.js';
import type { RunConfig, RunResult } from '../harness/train.js';

/** Options every experiment function takes: results dir, shard, backend, progress. */
export interface ExperimentOptions {
  readonly dir?: string;
  readonly shard?: Shard;
  readonly backend?: BackendRequest;
  readonly progress?: (done: number, total: number) => void;
}

/** The `detail` fields every training-backed measurement carries (house rule of issue 6). */
export interface TrainingDetail {
  readonly backend: string;
  readonly model: string;
  readonly dataset: string;
  readonly steps: number;
  readonly seeds: readonly number[];
  readonly wall_s: number;
  readonly runs: number;
  /** Whether every configuration is present (false for a shard of a sweep). */
  readonly complete: boolean;
}

/** Train (or read from cache) every configuration; results in input order (this shard's only). */
export async function runConfigs(configs: readonly RunConfig[], o: ExperimentOptions): Promise<{ results: RunResult[]; detail: TrainingDetail }> {
  const backend = await initBackend(o.backend);
  const stored = await runSweep(configs, (c) => trainRun(c), { dir: o.dir, shard: o.shard, backend: backend.name, onRun: (i, n) => o.progress?.(i, n) });
  const results = stored.map((r) => r.result);
  const uniq = (xs: string[]) => [...new Set(xs)].join(', ');
  return {
    results,
    detail: {
      backend: describeBackend(backend),
      model: uniq(results.map((r) => r.model)),
      dataset: uniq(results.map((r) => r.dataset)),
      steps: Math.max(0, ...configs.map((c) => c.steps)),
      seeds: [...new Set(configs.map((c) => c.seed))],
      wall_s: stored.reduce((s, r) => s + r.provenance.wall_s, 0),
      runs: stored.length,
      complete: stored.length === configs.length,
    },
  };
}

/** Least-squares slope of y against x. */
export function slope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  return sxy / sxx;
}
