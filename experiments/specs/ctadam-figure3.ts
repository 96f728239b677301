/**
 * ctadam figure 3 in kind: bias-corrected Adam (ε = 0) at points (β, γ) = (β2, β1) along the normal
 * curve γ(β) = (κ − 2β³)^{1/3}, κ = 2β0³ + γ0³, through (β0, γ0) = (0.999, 0.9), crossing from B+
 * (C = 2/γ − 1/β − 1 > 0) into B−. Per point: max_n ‖u_n‖∞ / bound_n of theorem 1 (must be ≤ 1 in B+),
 * and in B− the fitted slope of log max_{k≤n} ‖u_k‖∞ over the second half against |C|/2 and ½ ln(γ²/β).
 */
import type { RunConfig } from '../harness/train.js';
import type { TaskConfig } from '../harness/tasks.js';
import { theoremOneBound } from '../../src/numeric/ctadam/index.js';
import { fitLine } from '../../src/numeric/stats/index.js';
import { runConfigs } from './common.js';
import { traceSteps } from './trace.js';
import type { ExperimentOptions, TrainingDetail } from './common.js';

/** Size and protocol of the experiment. */
export interface Figure3Budget {
  readonly task: TaskConfig;
  readonly betas: readonly number[];
  readonly seeds: readonly number[];
  readonly steps: number;
  readonly batch: number;
  readonly lr: number;
  /** App. H: the exponent is the two-point slope of ln‖u_n‖∞ at n = slopeAt from n = slopeAt ± slopeHalfWidth (1000 ± 5). */
  readonly slopeAt: number;
  readonly slopeHalfWidth: number;
}

/** Why a budget cannot measure the paper's exponent (the run must reach n = slopeAt + slopeHalfWidth), or null. */
export function figure3HypothesesUnmet(b: Figure3Budget): string | null {
  const need = b.slopeAt + b.slopeHalfWidth;
  return b.steps > need
    ? null
    : `the paper measures d ln‖u_n‖∞/dn at n = ${b.slopeAt} (from n = ${b.slopeAt - b.slopeHalfWidth} and ${need}); this budget trains ${b.steps} steps, so the slope is taken at n = ${slopeIndex(b)} instead — not the paper's metric; run --budget standard`;
}

/** Where the two-point slope is taken: the paper's n, or as late as the run allows. */
const slopeIndex = (b: Figure3Budget): number => Math.min(b.slopeAt, b.steps - 1 - b.slopeHalfWidth);

/** γ on the normal curve through (β0, γ0) at β. */
export function normalCurveGamma(beta: number, beta0 = 0.999, gamma0 = 0.9): number {
  return Math.cbrt(2 * beta0 ** 3 + gamma0 ** 3 - 2 * beta ** 3);
}

/** C(β, γ) = 2/γ − 1/β − 1. */
export const regionC = (beta: number, gamma: number): number => 2 / gamma - 1 / beta - 1;

/** Theorem 1's bound on ‖u_n‖∞ at step n, (β, γ) ↦ bound_n: by default the one definition of eq. (5), `theoremOneBound`. */
export type Figure3Bound = (beta: number, gamma: number, n: number) => number;

/** One point of the figure (worst seed). */
export interface Figure3Point {
  readonly beta: number;
  readonly gamma: number;
  readonly C: number;
  readonly region: 'B+' | 'B0' | 'B-';
  /** max over n and seeds of ‖u_n‖∞ / bound_n. */
  readonly maxBoundRatio: number;
  readonly maxUpdate: number;
  /** App. H's two-point slope of ln‖u_n‖∞ at n = slopeAt (mean over the seeds that reached it), its spread and count. */
  readonly exponent: number;
  readonly exponentSd: number;
  readonly exponentSeeds: number;
  /** The earlier metric: least-squares slope of ln max_{k≤n}‖u_k‖∞ over the second half (mean over seeds). */
  readonly exponentEnvelope: number;
  readonly slopeAt: number;
  readonly exponentContinuous: number;
  readonly exponentDiscrete: number;
  readonly diverged: number;
  /** For the figure (fig. 3a): steps n (`traceSteps`), max over seeds of ‖u_n‖∞ there (NaN once every seed diverged), bound_n. */
  readonly traceN: readonly number[];
  readonly traceUpdate: readonly number[];
  readonly traceBound: readonly number[];
}

/** Run the figure-3 sweep and measure every point against `bound` (theorem 1's eq. (5) unless a check passes a claim mutant's). */
export async function ctadamFigure3(
  b: Figure3Budget,
  o: ExperimentOptions = {},
  bound: Figure3Bound = theoremOneBound,
): Promise<{ points: Figure3Point[]; detail: TrainingDetail }> {
  const configs: RunConfig[] = b.betas.flatMap((beta) =>
    b.seeds.map((seed) => ({
      task: b.task,
      batch: b.batch,
      steps: b.steps,
      seed,
      optimizer: {
        kind: 'adam' as const,
        opts: { lr: b.lr, beta1: normalCurveGamma(beta), beta2: beta, eps: 0, biasCorrection: true },
      },
    })),
  );
  const { results, detail } = await runConfigs(configs, o);
  if (!detail.complete) return { points: [], detail };
  const traceN = traceSteps(b.steps);
  const points = b.betas.map((beta, i) => {
    const gamma = normalCurveGamma(beta);
    const C = regionC(beta, gamma);
    const runs = results.slice(i * b.seeds.length, (i + 1) * b.seeds.length);
    let maxBoundRatio = 0;
    let maxUpdate = 0;
    const exps: number[] = [];
    const envelopeExps: number[] = [];
    const n0 = slopeIndex(b);
    const hw = b.slopeHalfWidth;
    for (const r of runs) {
      r.updateMax.forEach((u, n) => {
        maxBoundRatio = Math.max(maxBoundRatio, u / bound(beta, gamma, n));
        maxUpdate = Math.max(maxUpdate, u);
      });
      // app. H: (ln‖u_{n0+hw}‖∞ − ln‖u_{n0−hw}‖∞) / (2hw); a run that diverged before n0 + hw has no exponent
      // (a diverged run's last entry is the non-finite step itself)
      if (Number.isFinite(r.updateMax[n0 + hw]) && Number.isFinite(r.updateMax[n0 - hw]))
        exps.push((Math.log(r.updateMax[n0 + hw]) - Math.log(r.updateMax[n0 - hw])) / (2 * hw));
      const half = Math.floor(r.updateMax.length / 2);
      let run = 0;
      const envelope = r.updateMax.map((u) => (run = Math.max(run, u)));
      envelopeExps.push(fitLine(envelope.map((_, n) => n).slice(half), envelope.slice(half).map(Math.log)).slope);
    }
    const mean = (xs: readonly number[]): number => (xs.length > 0 ? xs.reduce((a, x) => a + x, 0) / xs.length : NaN);
    const sd = (xs: readonly number[]): number =>
      xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1)) : 0;
    return {
      beta,
      gamma,
      C,
      region: (C > 0 ? 'B+' : C < 0 ? 'B-' : 'B0') as Figure3Point['region'],
      maxBoundRatio,
      maxUpdate,
      exponent: mean(exps),
      exponentSd: sd(exps),
      exponentSeeds: exps.length,
      exponentEnvelope: mean(envelopeExps),
      slopeAt: n0,
      exponentContinuous: Math.abs(C) / 2,
      exponentDiscrete: 0.5 * Math.log((gamma * gamma) / beta),
      diverged: runs.filter((r) => r.status !== 'ok').length,
      traceN,
      traceUpdate: traceN.map((n) => {
        const u = runs.map((r) => r.updateMax[n]).filter((x) => Number.isFinite(x));
        return u.length > 0 ? Math.max(...u) : NaN;
      }),
      traceBound: traceN.map((n) => bound(beta, gamma, n)),
    };
  });
  return { points, detail };
}
