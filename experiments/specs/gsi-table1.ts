/**
 * gsi table 1 / appendix B in kind: Adam over (β1, β2) ∈ {0.9, 0.99, 0.999}², three seeds; x = EMA_w
 * of ‖R_k‖ (R_k the Adam direction over all parameters), ω1 = mean|Δx|, ω2 = mean|Δ²x| per window over
 * the steps after the transient; per (β1, seed) the β2 minimising ω1 at the reference window; diagonal
 * rate; one-sided exact binomial p-value against H0: p = 1/3. Also the same test on the upper triangle
 * β2 ≥ β1 only (Poisson-binomial null), where no competitor is removed by the B− explosion (β1 > β2).
 */
import { binomialUpperTail, oscillation, poissonBinomialUpperTail } from '../../src/numeric/stats/index.js';
import type { RunConfig, RunResult, ScheduleConfig } from '../harness/train.js';
import type { TaskConfig } from '../harness/tasks.js';
import { combineDetails, runConfigs } from './common.js';
import type { ExperimentOptions, TrainingDetail } from './common.js';

/** Size and protocol of the experiment. */
export interface Table1Budget {
  readonly tasks: readonly TaskConfig[];
  readonly steps: number;
  readonly batch: number;
  readonly lr: number;
  readonly eps: number;
  /**
   * `pytorch`: stock torch.optim.Adam, bias-corrected, m̂/(√v̂ + ε) — the paper's experiments (app. C,
   * remark A.5); `eq3`: ε inside the root, m/√(v + ε) with bias correction (eq. 3 verbatim).
   */
  readonly adam: 'pytorch' | 'eq3';
  readonly schedule?: ScheduleConfig;
  readonly clipNorm?: number;
  readonly betas: readonly number[];
  readonly seeds: readonly number[];
  readonly windows: readonly number[];
  readonly referenceWindow: number;
  /** ω is averaged over steps ≥ transient (remark 3.4: the start-up drift of ‖R_k‖ is not an oscillation). */
  readonly transient: number;
  /** The claim's hypothesis t − t0 ≫ τ2, as numbers: transient ≥ this many τ2 of the slowest β2, and so is the measured span. */
  readonly hypothesisTau2: number;
}

/** The run configurations of one task (β1-major, then β2, then seed). */
export function table1Configs(b: Table1Budget, task: TaskConfig): RunConfig[] {
  const opts = (beta1: number, beta2: number) =>
    b.adam === 'pytorch'
      ? { lr: b.lr, beta1, beta2, eps: b.eps, convention: 'pytorch' as const, biasCorrection: true }
      : { lr: b.lr, beta1, beta2, eps: b.eps, epsPlacement: 'inside-root' as const, biasCorrection: true };
  return b.betas.flatMap((beta1) =>
    b.betas.flatMap((beta2) =>
      b.seeds.map((seed) => ({
        task,
        batch: b.batch,
        steps: b.steps,
        seed,
        optimizer: { kind: 'adam' as const, opts: opts(beta1, beta2) },
        ...(b.schedule ? { schedule: b.schedule } : {}),
        ...(b.clipNorm !== undefined ? { clipNorm: b.clipNorm } : {}),
      })),
    ),
  );
}

/** Why a budget cannot meet the claim's hypotheses (transient and measured span ≥ hypothesisTau2 τ2 of the slowest β2), or null. */
export function table1HypothesesUnmet(b: Table1Budget): string | null {
  const tau2 = 1 / (1 - Math.max(...b.betas));
  const need = b.hypothesisTau2 * tau2;
  const span = b.steps - b.transient;
  if (b.transient >= need && span >= need) return null;
  return (
    `the horizon does not meet the claim's hypothesis t − t0 ≫ τ2 (remark 3.4): ω is measured over steps ${b.transient}–${b.steps} ` +
    `(transient ${(b.transient / tau2).toFixed(1)} τ2, span ${(span / tau2).toFixed(1)} τ2 of β2 = ${Math.max(...b.betas)}; needs ≥ ${b.hypothesisTau2} τ2 each) — ` +
    'not a reproduction of table 1; run --budget standard'
  );
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
  readonly perWindow: {
    readonly window: number;
    readonly metric: 'omega1' | 'omega2';
    readonly rate: number;
    readonly pValue: number;
  }[];
  readonly rate: number;
  readonly pValue: number;
  /** The same test restricted to β2 ≥ β1 (rows with ≥ 2 choices; null p = 1/#choices per row). */
  readonly upper: { readonly diagonal: number; readonly rows: number; readonly pValue: number };
  /** Sample standard deviation of ω1 over seeds at the reference window, [β1][β2]. */
  readonly omega1Std: number[][];
  /** ω1 per seed at the reference window, [seed][β1][β2]. */
  readonly omega1PerSeed: number[][][];
  readonly diverged: number;
  readonly wall_s: number;
}

/** The whole experiment: per model (complete sweeps only), plus where and how long it trained. */
export interface Table1Result {
  readonly models: readonly Table1Model[];
  readonly detail: TrainingDetail;
}

/**
 * How the analysis selects β2 per row: `'min'` (the paper: the β2 minimising ω) or `'max'` (a claim mutant,
 * gsi iff-tau-invariance's 'argmax-omega'); the runs are the same either way.
 */
export interface Table1Analysis {
  readonly select?: 'min' | 'max';
}

/** Run (or read from cache) table 1 for every task of the budget and analyse it. */
export async function gsiTable1(
  b: Table1Budget,
  o: ExperimentOptions = {},
  a: Table1Analysis = {},
): Promise<Table1Result> {
  const models: Table1Model[] = [];
  const details: TrainingDetail[] = [];
  const total = b.tasks.length * b.betas.length ** 2 * b.seeds.length;
  for (const task of b.tasks) {
    const before = details.reduce((s, d) => s + d.runs, 0);
    const { results, detail } = await runConfigs(table1Configs(b, task), {
      ...o,
      progress: (i) => o.progress?.(before + i, total),
    });
    details.push(detail);
    if (detail.complete) models.push(analyse(b, results, detail.wall_s, a)); // a shard: the analysis needs the merged directory
  }
  return { models, detail: combineDetails(details) };
}

function analyse(b: Table1Budget, results: readonly RunResult[], wall_s: number, a: Table1Analysis): Table1Model {
  const better = a.select === 'max' ? (x: number, y: number) => x > y : (x: number, y: number) => x < y;
  const nb = b.betas.length;
  const ns = b.seeds.length;
  const at = (i: number, j: number, s: number) => results[(i * nb + j) * ns + s];
  const osc = (i: number, j: number, s: number, w: number) => oscillation(at(i, j, s).updateNorm, w, b.transient);
  const table = (key: 'omega1' | 'omega2') =>
    b.windows.map((w) =>
      b.betas.map((_, i) => b.betas.map((_, j) => b.seeds.reduce((sum, _s, s) => sum + osc(i, j, s, w)[key], 0) / ns)),
    );
  const select = (w: number, key: 'omega1' | 'omega2') =>
    b.betas.flatMap((beta1, i) =>
      b.seeds.map((seed, s) => {
        const om = b.betas.map((_, j) => osc(i, j, s, w)[key]);
        const best = om.reduce((k, x, j) => (better(x, om[k]) || !Number.isFinite(om[k]) ? j : k), 0);
        return { beta1, seed, beta2: b.betas[best] };
      }),
    );
  const onDiagonal = (rows: { beta1: number; beta2: number }[]) => rows.filter((r) => r.beta1 === r.beta2).length;
  const selections = select(b.referenceWindow, 'omega1');
  const diagonal = onDiagonal(selections);
  const upperRows = b.betas.flatMap((beta1, i) => {
    const choices = b.betas.map((_, j) => j).filter((j) => b.betas[j] >= beta1);
    if (choices.length < 2) return [];
    return b.seeds.map((_seed, s) => {
      const om = choices.map((j) => osc(i, j, s, b.referenceWindow).omega1);
      const best = om.reduce((k, x, c) => (better(x, om[k]) || !Number.isFinite(om[k]) ? c : k), 0);
      return { onDiagonal: b.betas[choices[best]] === beta1, p: 1 / choices.length };
    });
  });
  const upperK = upperRows.filter((r) => r.onDiagonal).length;
  const perSeed = b.seeds.map((_seed, s) =>
    b.betas.map((_, i) => b.betas.map((_, j) => osc(i, j, s, b.referenceWindow).omega1)),
  );
  const std = b.betas.map((_, i) =>
    b.betas.map((_, j) => {
      const xs = perSeed.map((t) => t[i][j]);
      const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
      return xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1)) : 0;
    }),
  );
  const perWindow = (['omega1', 'omega2'] as const).flatMap((metric) =>
    b.windows.map((window) => {
      const k = onDiagonal(select(window, metric));
      return { window, metric, rate: k / selections.length, pValue: binomialUpperTail(k, selections.length, 1 / nb) };
    }),
  );
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
    upper: {
      diagonal: upperK,
      rows: upperRows.length,
      pValue: poissonBinomialUpperTail(
        upperK,
        upperRows.map((r) => r.p),
      ),
    },
    omega1Std: std,
    omega1PerSeed: perSeed,
    diverged: results.filter((r) => r.status !== 'ok').length,
    wall_s,
  };
}

/** The paper's table 1 (NanoGPT/WikiText, ω at window 200; rows β1, columns β2 = 0.9, 0.99, 0.999). */
export const paperTable1 = [
  [0.6329, 1.063, 1.147],
  [0.4227, 0.2413, 0.2644],
  [0.5249, 0.2356, 0.05768],
] as const;

/** Plain-text table of ω1 at one window, rows β1, columns β2, like the paper's (with its numbers alongside). */
export function formatTable1(b: Table1Budget, m: Table1Model, window = b.referenceWindow): string {
  const wi = b.windows.indexOf(window);
  const head = `${m.model} — ω1 at window ${window} over steps ${b.transient}–${b.steps} (mean ± sd of ${b.seeds.length} seeds); paper (NanoGPT) in brackets`;
  const cell = (i: number, j: number) =>
    `${m.omega1[wi][i][j].toExponential(3)}±${m.omega1Std[i][j].toExponential(1)} [${paperTable1[i]?.[j] ?? '-'}]`;
  const rows = b.betas.map((b1, i) => `β1=${b1}`.padEnd(10) + b.betas.map((_, j) => cell(i, j).padEnd(30)).join(''));
  return [
    head,
    ' '.repeat(10) + b.betas.map((x) => `β2=${x}`.padEnd(30)).join(''),
    ...rows,
    `diagonal ${m.diagonal}/${m.rows} (rate ${m.rate.toFixed(3)}), one-sided binomial p = ${m.pValue.toExponential(3)}; ` +
      `upper triangle β2 ≥ β1: ${m.upper.diagonal}/${m.upper.rows}, p = ${m.upper.pValue.toExponential(3)}`,
  ].join('\n');
}
