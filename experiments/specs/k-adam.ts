/**
 * k-Adam (ctadam §4.3, an empirical claim, not a theorem): k ∈ {1, 2, 3} × the four strategies of
 * kAdamLevels on the MNIST CNN; final validation loss and accuracy with mean and spread over seeds.
 * Reported, never asserted (k = 1 is Adam under every strategy; the cache trains it once).
 */
import { kAdamLevels } from '../../src/numeric/optimizers/index.js';
import type { KAdamStrategy } from '../../src/numeric/optimizers/k-adam.js';
import type { RunConfig } from '../harness/train.js';
import type { TaskConfig } from '../harness/tasks.js';
import { runConfigs } from './common.js';
import type { ExperimentOptions, TrainingDetail } from './common.js';

/** Size of the experiment. */
export interface KAdamBudget {
  readonly task: TaskConfig;
  readonly ks: readonly number[];
  readonly strategies: readonly KAdamStrategy[];
  readonly seeds: readonly number[];
  readonly steps: number;
  readonly batch: number;
  readonly lr: number;
}

/** One (k, strategy) cell: validation loss/accuracy mean and sample standard deviation over seeds. */
export interface KAdamCell {
  readonly k: number;
  readonly strategy: KAdamStrategy;
  readonly lossMean: number;
  readonly lossStd: number;
  readonly accuracyMean: number;
  readonly accuracyStd: number;
  readonly diverged: number;
}

const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const std = (x: number[]) =>
  x.length < 2 ? 0 : Math.sqrt(x.reduce((a, b) => a + (b - mean(x)) ** 2, 0) / (x.length - 1));

/** Run the k-Adam grid and summarise it per cell. */
export async function kAdamExperiment(
  b: KAdamBudget,
  o: ExperimentOptions = {},
): Promise<{ cells: KAdamCell[]; detail: TrainingDetail }> {
  const grid = b.ks.flatMap((k) => b.strategies.map((strategy) => ({ k, strategy })));
  const configs: RunConfig[] = grid.flatMap(({ k, strategy }) =>
    b.seeds.map((seed) => ({
      task: b.task,
      batch: b.batch,
      steps: b.steps,
      seed,
      optimizer: { kind: 'k-adam' as const, opts: { lr: b.lr, levels: kAdamLevels(strategy, k), eps: 1e-8 } },
    })),
  );
  const { results, detail } = await runConfigs(configs, o);
  if (!detail.complete) return { cells: [], detail };
  const cells = grid.map(({ k, strategy }, i) => {
    const rs = results.slice(i * b.seeds.length, (i + 1) * b.seeds.length);
    const ok = rs.filter((r) => r.status === 'ok');
    const loss = ok.map((r) => r.validation.loss);
    const acc = ok.map((r) => r.validation.accuracy);
    return {
      k,
      strategy,
      lossMean: mean(loss),
      lossStd: std(loss),
      accuracyMean: mean(acc),
      accuracyStd: std(acc),
      diverged: rs.length - ok.length,
    };
  });
  return { cells, detail };
}
