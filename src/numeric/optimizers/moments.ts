/** The exponential moving averages every adaptive method shares (gsi eqs. 1–2; ctadam §2.1). */
import type { EpsPlacement } from './types.js';

/** m ← β1 m + (1 − β1) g, in place. */
export function updateFirstMoment(m: Float64Array, g: Float64Array, beta1: number): void {
  for (let i = 0; i < m.length; i++) m[i] = beta1 * m[i] + (1 - beta1) * g[i];
}

/** v ← β2 v + (1 − β2) g², in place. */
export function updateSecondMoment(v: Float64Array, g: Float64Array, beta2: number): void {
  for (let i = 0; i < v.length; i++) v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
}

/** out = c · m / √(v + ε) (inside) or c · m / (√v + ε) (outside). */
export function normalise(
  out: Float64Array,
  m: Float64Array,
  v: Float64Array,
  c: number,
  eps: number,
  placement: EpsPlacement,
): void {
  for (let i = 0; i < out.length; i++) {
    const den = placement === 'inside-root' ? Math.sqrt(v[i] + eps) : Math.sqrt(v[i]) + eps;
    out[i] = den === 0 ? 0 : (c * m[i]) / den;
  }
}

/** Bias-correction factor √(1 − β2^t)/(1 − β1^t) at step count t ≥ 1. */
export function biasCorrection(beta1: number, beta2: number, t: number): number {
  return Math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t);
}
