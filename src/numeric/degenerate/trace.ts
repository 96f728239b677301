/**
 * Whole trajectories of the η-free normalised map (spec 004 §1) for any k ≥ 2, including the quadratic k = 2 of
 * appendix F (map 76: μ = η/√v, ω = m/x, w = x²/v), recorded as Float64Arrays of ln|x_t|, ln μ_t, ln w_t.
 */
import type { MapParams } from './normalised-map.js';
import { initialState, stepNormalised } from './normalised-map.js';

export interface Trace {
  /** ln|x_t|, t = 0 … steps. */
  readonly lnX: Float64Array;
  /** ln μ_t = ln(η x_t^{k−2}/√v_t), the effective step of step t. */
  readonly lnMu: Float64Array;
  /** ln w_t = ln(g_t²/v_t) = −ln R_t (R the coupling ratio, eq. 71). */
  readonly lnW: Float64Array;
  /** Steps where |q| was clamped away from 0. */
  readonly clamped: number;
}

/** Iterate `steps` steps of the normalised map from (η, x0) and the given initialisation, recording every state. */
export function traceNormalised(
  p: MapParams,
  eta: number,
  x0: number,
  steps: number,
  init: 'zero' | 'first-gradient' = 'zero',
): Trace {
  if (!(p.k >= 2 && p.k % 2 === 0)) throw new RangeError(`k must be an even integer ≥ 2, got ${p.k}`);
  if (!(Number.isInteger(steps) && steps >= 1)) throw new RangeError(`steps must be a positive integer, got ${steps}`);
  const s = initialState(p, eta, x0, init);
  const lnX = new Float64Array(steps + 1);
  const lnMu = new Float64Array(steps + 1);
  const lnW = new Float64Array(steps + 1);
  let clamped = 0;
  lnX[0] = s.lnX;
  lnMu[0] = s.lnMu;
  lnW[0] = s.lnW;
  for (let t = 0; t < steps; t++) {
    if (Number.isNaN(stepNormalised(p, s))) clamped++;
    lnX[t + 1] = s.lnX;
    lnMu[t + 1] = s.lnMu;
    lnW[t + 1] = s.lnW;
  }
  return { lnX, lnMu, lnW, clamped };
}

/** First index t ≥ from with a[t] > level, or −1. */
export function firstAbove(a: Float64Array, level: number, from = 0): number {
  for (let t = from; t < a.length; t++) if (a[t] > level) return t;
  return -1;
}

/** First index t ≥ from with a[t] ≤ level, or −1. */
export function firstAtOrBelow(a: Float64Array, level: number, from = 0): number {
  for (let t = from; t < a.length; t++) if (a[t] <= level) return t;
  return -1;
}

/** Index of the minimum of a (the first one). */
export function argMin(a: Float64Array): number {
  let best = 0;
  for (let t = 1; t < a.length; t++) if (a[t] < a[best]) best = t;
  return best;
}

/** Local maxima (t, a[t]) of a on the open window (from, to): the envelope of an oscillating ln|x_t|. */
export function localMaxima(a: Float64Array, from: number, to: number): { t: number[]; y: number[] } {
  const out = { t: [] as number[], y: [] as number[] };
  for (let t = Math.max(from, 1); t < Math.min(to, a.length - 1); t++)
    if (a[t] > a[t - 1] && a[t] >= a[t + 1]) {
      out.t.push(t);
      out.y.push(a[t]);
    }
  return out;
}
