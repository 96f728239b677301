/**
 * ctadam lemma 1 / proposition 1 against discrete Adam: the bias-corrected update u_n of the recurrences
 * (definition 1) versus u(t_n) of eq. (3), built from the lemma's ODEs η^pγṁ + (1 − γ)m = (1 − γ)g and
 * η^pβv̇ + (1 − β)v = (1 − β)g², integrated by odex in step units s = t/η^p (so a step is h = η^p of time).
 */
import { adamUpdatesAt, splitGaps } from '../flows/discrete-gap.js';
import { integrateOdeOrThrow } from '../ode/index.js';
import { logBiasFactor } from './max-update.js';

/** Relaxation rates of the moment ODEs per step, ṁ = rateM(g − m), v̇ = rateV(g² − v) (in s = t/η^p). */
export interface EmaRates {
  readonly rateM: number;
  readonly rateV: number;
}

/** Lemma 1's rates: (1 − γ)/γ and (1 − β)/β (β second-moment, γ first-moment rate). */
export function lemmaOneRates(beta: number, gamma: number): EmaRates {
  return { rateM: (1 - gamma) / gamma, rateV: (1 - beta) / beta };
}

export interface EmaGapRun {
  readonly beta: number;
  readonly gamma: number;
  /** Time per step, h = η^p. */
  readonly h: number;
  /** g as a function of time t = s·h. */
  readonly g: (t: number) => number;
  /** The comparison window [windowStart, windowEnd] in time t. */
  readonly windowStart: number;
  readonly windowEnd: number;
  /** Comparison steps in the window (at most), and the first `transientSteps` steps compared as well. */
  readonly samples: number;
  readonly transientSteps: number;
  readonly rtol: number;
  readonly rates: EmaRates;
}

export interface EmaGap {
  /** max |u_n − u(t_n)| over the window. */
  readonly gap: number;
  /** max |u_n − u(t_n)| over n = 1 … transientSteps. */
  readonly transientGap: number;
  readonly steps: number;
  readonly nfev: number;
}

export function emaOdeGap(run: EmaGapRun): EmaGap {
  const { h, g, rates } = run;
  const n = Math.ceil(run.windowEnd / h);
  const na = Math.ceil(run.windowStart / h);
  const every = Math.max(1, Math.floor((n - na) / run.samples));
  const ks: number[] = [];
  for (let k = 1; k <= Math.min(run.transientSteps, na - 1); k++) ks.push(k);
  const early = ks.length;
  for (let k = na; k <= n; k += every) ks.push(k);
  const sol = integrateOdeOrThrow(
    {
      rhs: (s, y) => {
        const gs = g(s * h);
        return [rates.rateM * (gs - y[0]), rates.rateV * (gs * gs - y[1])];
      },
      t0: 0,
      t1: n,
      y0: [0, 0],
    },
    { rtol: run.rtol, atol: 1e-300, sampleAt: ks },
    `lemma 1 moments, β = ${run.beta}, γ = ${run.gamma}, h = ${h}`,
  );
  const discrete = adamUpdatesAt(
    { lr: 0, beta1: run.gamma, beta2: run.beta, biasCorrection: true },
    (k) => g(k * h),
    ks,
  );
  const ode = ks.map((k, j) => {
    const [m, v] = sol.samples.y[j];
    return (Math.exp(logBiasFactor(run.beta, run.gamma, k)) * m) / Math.sqrt(v);
  });
  return { ...splitGaps(discrete, ode, early), steps: n + 1, nfev: sol.stats.nfev };
}
