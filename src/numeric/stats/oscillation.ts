/** Oscillation of a smoothed series (gsi appendix B): ω1 = mean|Δx|, ω2 = mean|Δ²x| of x = EMA_w(a). */
import { ema } from './ema.js';

export interface Oscillation { readonly omega1: number; readonly omega2: number }

export function oscillation(series: ArrayLike<number>, window: number): Oscillation {
  const x = ema(series, window);
  let s1 = 0;
  let s2 = 0;
  for (let k = 0; k + 1 < x.length; k++) s1 += Math.abs(x[k + 1] - x[k]);
  for (let k = 1; k + 1 < x.length; k++) s2 += Math.abs(x[k + 1] - 2 * x[k] + x[k - 1]);
  return { omega1: x.length > 1 ? s1 / (x.length - 1) : NaN, omega2: x.length > 2 ? s2 / (x.length - 2) : NaN };
}
