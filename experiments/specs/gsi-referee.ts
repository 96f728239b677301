/**
 * The gsi referee's experiment on a real training run (seed 002: ‖u_t(g) − u_t(c·g)‖ "across layers and
 * training steps"): stock Adam (torch.optim.Adam convention) trains the model once per (β1, β2, seed) and
 * records the raw minibatch gradient of a seeded sample of coordinates of every parameter tensor, every
 * step. Per tensor, the moments are replayed in float64 from that history with the run's own (β1, β2) —
 * the state the run itself had, to float32 rounding — and the scale response is taken at every `every`-th
 * step after `from` (src/numeric/gsi/scale-response.ts).
 */
import type { ScaleResponseStats } from '../../src/numeric/gsi/scale-response.js';
import { scaleResponseOverHistory } from '../../src/numeric/gsi/scale-response.js';
import type { RunConfig } from '../harness/train.js';
import type { TaskConfig } from '../harness/tasks.js';
import { runConfigs } from './common.js';
import type { ExperimentOptions, TrainingDetail } from './common.js';

export interface RefereeBudget {
  readonly task: TaskConfig;
  readonly pairs: readonly (readonly [number, number])[];
  readonly seeds: readonly number[];
  readonly steps: number;
  readonly batch: number;
  readonly lr: number;
  readonly eps: number;
  /** Coordinates sampled per parameter tensor. */
  readonly sample: number;
  /** First evaluation step, and the stride. */
  readonly from: number;
  readonly every: number;
  readonly cs: readonly number[];
}

/** One (β1, β2) pair, one tensor: the statistics pooled over seeds (means of the per-seed means and variances). */
export interface RefereeCell {
  readonly beta1: number;
  readonly beta2: number;
  readonly tensor: string;
  readonly stats: ScaleResponseStats;
}

export async function refereeExperiment(
  b: RefereeBudget,
  o: ExperimentOptions = {},
): Promise<{ cells: RefereeCell[]; detail: TrainingDetail }> {
  const configs: RunConfig[] = b.pairs.flatMap(([beta1, beta2]) =>
    b.seeds.map((seed) => ({
      task: b.task,
      batch: b.batch,
      steps: b.steps,
      seed,
      gradientSample: b.sample,
      optimizer: {
        kind: 'adam' as const,
        opts: { lr: b.lr, beta1, beta2, eps: b.eps, convention: 'pytorch' as const, biasCorrection: true },
      },
    })),
  );
  const { results, detail } = await runConfigs(configs, o);
  if (!detail.complete) return { cells: [], detail };
  const cells: RefereeCell[] = [];
  b.pairs.forEach(([beta1, beta2], p) => {
    const runs = results.slice(p * b.seeds.length, (p + 1) * b.seeds.length);
    for (const tensor of Object.keys(runs[0].gradientSamples ?? {})) {
      const per = runs.map((r) => {
        const s = r.gradientSamples![tensor];
        const n = s.index.length;
        return scaleResponseOverHistory(
          { n, steps: r.steps, gradient: (k, out) => out.set(s.values.slice(k * n, (k + 1) * n)) },
          beta1,
          beta2,
          b.cs,
          b.from,
          b.every,
        );
      });
      const avg = (f: (s: ScaleResponseStats) => Float64Array) =>
        Float64Array.from(b.cs, (_c, j) => per.reduce((acc, s) => acc + f(s)[j], 0) / per.length);
      cells.push({
        beta1,
        beta2,
        tensor,
        stats: {
          gapMean: avg((s) => s.gapMean),
          gapVariance: avg((s) => s.gapVariance),
          directionMean: avg((s) => s.directionMean),
          directionVariance: avg((s) => s.directionVariance),
          evaluations: per.reduce((acc, s) => acc + s.evaluations, 0),
        },
      });
    }
  });
  return { cells, detail };
}
