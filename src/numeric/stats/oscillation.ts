/** Oscillation of a smoothed series (gsi appendix B): ω1 = mean|Δx|, ω2 = mean|Δ²x| of x = EMA_w(a). */
import { ema } from './ema.js';

export interface Oscillation {
  readonly omega1: number;
  readonly omega2: number;
}

/** `from`: the EMA runs over the whole series, the differences are averaged over steps k ≥ from only (after a transient). */
export function oscillation(series: ArrayLike<number>, window: number, from = 0): Oscillation {
  const x = ema(series, window);
  const k0 = Math.max(0, Math.floor(from));
  let s1 = 0;
  let s2 = 0;
  for (let k = k0; k + 1 < x.length; k++) s1 += Math.abs(x[k + 1] - x[k]);
  for (let k = Math.max(1, k0); k + 1 < x.length; k++) s2 += Math.abs(x[k + 1] - 2 * x[k] + x[k - 1]);
  const n1 = x.length - 1 - k0;
  const n2 = x.length - 1 - Math.max(1, k0);
  return { omega1: n1 > 0 ? s1 / n1 : NaN, omega2: n2 > 0 ? s2 / n2 : NaN };
}
