/**
 * The 1-D effective-sharpness map of Proposition 5.6 (eqs. 17–20, 60–70): GD with η_t = η0 c^t on
 * x^k/k has s_t = η_t x_t^{k−2}, x_{t+1} = (1 − s_t)x_t and s_{t+1} = F(s_t) = c s_t (1 − s_t)^{k−2}.
 */

/** F(s) = c s (1 − s)^{k−2} (eq. 18/64). */
export const sharpnessMap = (k: number, c: number, s: number): number => c * s * (1 - s) ** (k - 2);

/** s* = 1 − c^{−1/(k−2)} (eq. 65). */
export const sharpnessFixedPoint = (k: number, c: number): number => 1 - c ** (-1 / (k - 2));

/** F′(s*) = 1 − (k − 2)(c^{1/(k−2)} − 1) (eqs. 67–69). */
export const sharpnessSlopeAtFixedPoint = (k: number, c: number): number => 1 - (k - 2) * (c ** (1 / (k - 2)) - 1);

/** c_crit = (k/(k−2))^{k−2}: F′(s*) = −1 (eq. 19/70). */
export const criticalGrowth = (k: number): number => (k / (k - 2)) ** (k - 2);

/** RMSProp threshold (20): β2 > ((k−2)/k)^{2(k−2)} (c = β2^{−1/2}). */
export const rmspropBeta2Threshold = (k: number): number => ((k - 2) / k) ** (2 * (k - 2));

/** Root of a continuous f on [lo, hi] with a sign change, by bisection to float64 resolution. */
export function bisect(f: (x: number) => number, lo: number, hi: number, iters = 200): number {
  let flo = f(lo);
  for (let i = 0; i < iters; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    const fm = f(mid);
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * Boundary crisis c_esc (spec 004 §6 [+]): the maximum of F on [0, 1], at s = 1/(k−1), reaches the
 * repelling fixed point 1 + c^{−1/(k−2)}: c (k−2)^{k−2}/(k−1)^{k−1} = 1 + c^{−1/(k−2)}.
 */
export function boundaryCrisis(k: number): number {
  const peak = (k - 2) ** (k - 2) / (k - 1) ** (k - 1);
  return bisect((c) => c * peak - 1 - c ** (-1 / (k - 2)), criticalGrowth(k), 1e4);
}

export type OrbitFate = 'converged' | 'bounded' | 'escaped';

/** Iterate F from s0: escaped once s > 2 (contractive domain (0, 2)); converged if |s − s*| < tol at the end. */
export function orbitFate(
  k: number,
  c: number,
  s0: number,
  steps: number,
  tol = 1e-9,
): { fate: OrbitFate; steps: number; last: number } {
  let s = s0;
  for (let t = 0; t < steps; t++) {
    s = sharpnessMap(k, c, s);
    if (!(s <= 2)) return { fate: 'escaped', steps: t + 1, last: s };
  }
  return { fate: Math.abs(s - sharpnessFixedPoint(k, c)) < tol ? 'converged' : 'bounded', steps, last: s };
}
