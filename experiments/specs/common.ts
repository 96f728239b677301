/** What every training-backed experiment shares: run a sweep on the chosen backend, report provenance. */
import { describeBackend, initBackend } from '../backends.js';
import type { BackendRequest } from '../backend-names.js';
import { runSweep } from '../cache/sweep.js';
import type { Shard } from '../cache/shard.js';
import { trainRunInterruptible } from '../harness/train.js';
import type { RunConfig, RunResult } from '../harness/train.js';
import { runResultProblem } from '../harness/validate.js';
import { sharedRunPool } from '../pool/pool.js';
import { codeFingerprint } from '../../src/core/fingerprint.js';
import { harnessEntry } from '../check.js';

/** Options every experiment function takes: results dir, shard, backend, progress, interruption, warnings. */
export interface ExperimentOptions {
  readonly dir?: string;
  readonly shard?: Shard;
  readonly backend?: BackendRequest;
  /** Runs in flight at once, each in a worker process with its own backend (default 1: in this process). */
  readonly jobs?: number;
  readonly progress?: (done: number, total: number) => void;
  /** Ctrl-C: the sweep stops after the run in flight. */
  readonly signal?: AbortSignal;
  /** One line per cached run dropped on read (and retrained). */
  readonly warn?: (line: string) => void;
}

/** The sweep namespace of training runs (experiments/pool/worker.ts runs it by this name). */
const namespace = 'tfjs-train-run';

/** The training harness's code: every run's cache key includes this fingerprint, so a harness change retrains. */
const harnessCode = (): string => codeFingerprint(harnessEntry);

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

/** Distinct non-empty names, in first-seen order, comma-joined. */
const uniq = (xs: readonly string[]): string => [...new Set(xs.filter((x) => x !== ''))].join(', ');

/** Train (or read from cache) every configuration; results in input order (this shard's only). */
export async function runConfigs(
  configs: readonly RunConfig[],
  o: ExperimentOptions,
): Promise<{ results: RunResult[]; detail: TrainingDetail }> {
  const backend = await initBackend(o.backend);
  const jobs = o.jobs ?? 1;
  const pool = jobs > 1 ? sharedRunPool<RunConfig, RunResult>({ size: jobs, backend: backend.name, namespace }) : null;
  const runner = pool ? (c: RunConfig) => pool.run(c) : (c: RunConfig) => trainRunInterruptible(c);
  const stored = await runSweep<RunConfig, RunResult>(configs, runner, {
    dir: o.dir,
    jobs,
    shard: o.shard,
    backend: backend.name,
    namespace,
    code: harnessCode(),
    validate: runResultProblem,
    onDrop: o.warn,
    signal: o.signal,
    onRun: (i, n) => o.progress?.(i, n),
  });
  const results = stored.map((r) => r.result);
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

/** One detail for several sweeps (e.g. one per model): names joined, runs and wall time summed. */
export function combineDetails(ds: readonly TrainingDetail[]): TrainingDetail {
  return {
    backend: uniq(ds.map((d) => d.backend)),
    model: uniq(ds.map((d) => d.model)),
    dataset: uniq(ds.map((d) => d.dataset)),
    steps: Math.max(0, ...ds.map((d) => d.steps)),
    seeds: [...new Set(ds.flatMap((d) => d.seeds))],
    wall_s: ds.reduce((s, d) => s + d.wall_s, 0),
    runs: ds.reduce((s, d) => s + d.runs, 0),
    complete: ds.every((d) => d.complete),
  };
}
