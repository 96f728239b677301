/**
 * gsi table 1 / appendix B in kind: Adam over (β1, β2) ∈ {0.9, 0.99, 0.999}², seeds {0, 1, 2}; x = EMA_w
 * of ‖R_k‖ (R_k the Adam direction over all parameters), ω1 = mean|Δx|, ω2 = mean|Δ²x| per window;
 * per (β1, seed) the β2 minimising ω1 at the reference window; diagonal rate; one-sided exact
 * binomial p-value against H0: p = 1/3.
 */
import { binomialUpperTail, oscillation } from '../../src/numeric/stats/index.js';
import type { RunConfig, RunResult } from '../harness/train.js';
import type { TaskConfig } from '../harness/tasks.js';
import { combineDetails, runConfigs } from './common.js';
import type { ExperimentOptions, TrainingDetail } from './common.js';

/** Size of the experiment. */
export interface Table1Budget {
  readonly tasks: readonly TaskConfig[];
  readonly steps: number;
  readonly batch: number;
  readonly lr: number;
  readonly eps: number;
  readonly betas: readonly number[];
  readonly seeds: readonly number[];
  readonly windows: readonly number[];
  readonly referenceWindow: number;
}

/** The run configurations of one task (β1-major, then β2, then seed). */
export function table1Configs(b: Table1Budget, task: TaskConfig): RunConfig[] {
  return b.betas.flatMap((beta1) => b.betas.flatMap((beta2) => b.seeds.map((seed) => ({
    task, batch: b.batch, steps: b.steps, seed,
    optimizer: { kind: 'adam' as const, opts: { lr: b.lr, beta1, beta2, eps: b.eps, epsPlacement: 'inside-root' as const, biasCorrection: true } },
  }))));
}

/** Table 1 of one model: ω per window and cell (mean over seeds), the selections, rate and p-value. */
export interface Table1Model {
  readonly model: string;
  readonly dataset: string;
  /** omega1[window][β1 index][β2 index], mean over seeds; likewise omega2. */
  readonly omega1: number[][][];
  readonly omega2: number[][][];
  /** Per (β1, seed) row: the β2 minimising ω1 at the reference window. */
  readonly selections: { readonly beta1: number; readonly seed: number; readonly beta2: number }[];
  readonly diagonal: number;
  readonly rows: number;
  /** Appendix B table 2: diagonal rate and p-value per window, for ω1 and ω2. */
  readonly perWindow: { readonly window: number; readonly metric: 'omega1' | 'omega2'; readonly rate: number; readonly pValue: number }[];
  readonly rate: number;
  readonly pValue: number;
  readonly diverged: number;
  readonly wall_s: number;
}

/** The whole experiment: per model (complete sweeps only), plus where and how long it trained. */
export interface Table1Result {
  readonly models: readonly Table1Model[];
  readonly detail: TrainingDetail;
}

/** Run (or read from cache) table 1 for every task of the budget and analyse it. */
export async function gsiTable1(b: Table1Budget, o: ExperimentOptions = {}): Promise<Table1Result> {
  const models: Table1Model[] = [];
  const details: TrainingDetail[] = [];
  const total = b.tasks.length * b.betas.length ** 2 * b.seeds.length;
  for (const task of b.tasks) {
    const before = details.reduce((s, d) => s + d.runs, 0);
    const { results, detail } = await runConfigs(table1Configs(b, task), { ...o, progress: (i) => o.progress?.(before + i, total) });
    details.push(detail);
    if (detail.complete) models.push(analyse(b, results, detail.wall_s)); // a shard: the analysis needs the merged directory
  }
  return { models, detail: combineDetails(details) };
}

function analyse(b: Table1Budget, results: readonly RunResult[], wall_s: number): Table1Model {
  const nb = b.betas.length;
  const ns = b.seeds.length;
  const at = (i: number, j: number, s: number) => results[(i * nb + j) * ns + s];
  const osc = (i: number, j: number, s: number, w: number) => oscillation(at(i, j, s).updateNorm, w);
  const table = (key: 'omega1' | 'omega2') => b.windows.map((w) => b.betas.map((_, i) => b.betas.map((_, j) => b.seeds.reduce((sum, _s, s) => sum + osc(i, j, s, w)[key], 0) / ns)));
  const select = (w: number, key: 'omega1' | 'omega2') => b.betas.flatMap((beta1, i) => b.seeds.map((seed, s) => {
    const om = b.betas.map((_, j) => osc(i, j, s, w)[key]);
    const best = om.reduce((k, x, j) => (x < om[k] || !Number.isFinite(om[k]) ? j : k), 0);
    return { beta1, seed, beta2: b.betas[best] };
  }));
  const onDiagonal = (rows: { beta1: number; beta2: number }[]) => rows.filter((r) => r.beta1 === r.beta2).length;
  const selections = select(b.referenceWindow, 'omega1');
  const diagonal = onDiagonal(selections);
  const perWindow = (['omega1', 'omega2'] as const).flatMap((metric) => b.windows.map((window) => {
    const k = onDiagonal(select(window, metric));
    return { window, metric, rate: k / selections.length, pValue: binomialUpperTail(k, selections.length, 1 / nb) };
  }));
  return {
    model: results[0].model,
    dataset: results[0].dataset,
    omega1: table('omega1'),
    omega2: table('omega2'),
    selections,
    diagonal,
    rows: selections.length,
    rate: diagonal / selections.length,
    perWindow,
    pValue: binomialUpperTail(diagonal, selections.length, 1 / nb),
    diverged: results.filter((r) => r.status !== 'ok').length,
    wall_s,
  };
}

/** The paper's table 1 (NanoGPT/WikiText, ω at window 200; rows β1, columns β2 = 0.9, 0.99, 0.999). */
export const paperTable1 = [[0.6329, 1.063, 1.147], [0.4227, 0.2413, 0.2644], [0.5249, 0.2356, 0.05768]] as const;

/** Plain-text table of ω1 at one window, rows β1, columns β2, like the paper's (with its numbers alongside). */
export function formatTable1(b: Table1Budget, m: Table1Model, window = b.referenceWindow): string {
  const wi = b.windows.indexOf(window);
  const head = `${m.model} — ω1 at window ${window} (mean of ${b.seeds.length} seeds); paper (NanoGPT) in brackets`;
  const rows = b.betas.map((b1, i) => `β1=${b1}`.padEnd(10) + b.betas.map((_, j) => `${m.omega1[wi][i][j].toExponential(3)} [${paperTable1[i]?.[j] ?? '-'}]`.padEnd(24)).join(''));
  return [head, ' '.repeat(10) + b.betas.map((x) => `β2=${x}`.padEnd(24)).join(''), ...rows, `diagonal ${m.diagonal}/${m.rows} (rate ${m.rate.toFixed(3)}), one-sided binomial p = ${m.pValue.toExponential(3)}`].join('\n');
}
