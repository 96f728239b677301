/**
 * The bridge from a theorem's empirical check to a training experiment: the check context's training
 * options become the experiment's, a harness that cannot load or a sweep this shard only partly ran
 * becomes `skip` (never `pass`), and every measurement carries the provenance fields of issue 6.
 * No tfjs import here: theorem modules import this statically and the experiments dynamically.
 */
import { InternalError, SkipCheck } from '../src/core/errors.js';
import type { CheckContext, DetailValue } from '../src/core/theorem.js';
import type { BackendRequest } from './backend-names.js';
import type { ExperimentOptions, TrainingDetail } from './specs/common.js';

/** The training harness's entry: its import closure is the code fingerprint in every training run's key. */
export const harnessEntry = new URL('./harness/train.js', import.meta.url).href;

/** Import an experiment module; a harness that cannot load (tfjs missing) is a skip with the reason. */
export async function loadExperiment<M>(load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch (err) {
    throw new SkipCheck(`tfjs training harness not loadable: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
}

/** Results directory, shard, backend, progress, Ctrl-C and warnings for an experiment, from the check context. */
export function experimentOptions(ctx: CheckContext): ExperimentOptions {
  const { resultsDir, shard, backend, jobs } = ctx.training;
  return {
    dir: resultsDir,
    shard,
    jobs,
    backend: backend as BackendRequest | undefined,
    progress: (done, total) => ctx.progress(done, total),
    signal: ctx.signal,
    warn: (line) => ctx.warn?.(line),
  };
}

/** The check's experiment at this run's budget, seeds resolved from `--seed` (declared in the claim, resolved by the runner). */
export function experimentInput<B>(ctx: CheckContext): B {
  if (!ctx.input.experiment)
    throw new InternalError(`check ${ctx.input.check} reads no experiment (declare \`experiment\` on the check)`);
  return ctx.input.experiment as B;
}

/** A sweep only partly present (this process ran one shard) cannot be judged: skip, saying how to finish it. */
export function requireComplete(d: Pick<TrainingDetail, 'complete' | 'runs'>, ctx: CheckContext): void {
  if (d.complete) return;
  const s = ctx.training.shard;
  throw new SkipCheck(
    `${s ? `shard ${s.index}/${s.total}: ` : ''}${d.runs} run(s) of the sweep present, not all; ` +
      'merge the shard result directories with `verify results merge DIR… --out DIR` and rerun with --results-dir DIR',
  );
}

/** The detail fields every training-backed measurement carries: backend, model, dataset, steps, seeds, wall_s, runs. */
export function trainingDetail(d: TrainingDetail): Record<string, DetailValue> {
  return {
    backend: d.backend,
    model: d.model,
    dataset: d.dataset,
    steps: d.steps,
    seeds: d.seeds,
    wall_s: d.wall_s,
    runs: d.runs,
  };
}
