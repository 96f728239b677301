/**
 * Closed forms at the non-trivial fixed point of Adam on L = x^k/k (degenerate paper, spec 004 §2–§3):
 * q* = β2^{1/(2(k−2))}, a = β1 q*^{−(k−1)}, eq. (7) ω* and ηλ*, the 2×2 block A of the Jacobian,
 * its Jury/Schur–Cohn conditions (8), (9), existence (Theorem 4.1(i)) and the regime (Theorem 6.1).
 * Pure float64; kernels throw only for programmer errors (bad k or β).
 */

/** Throw a RangeError unless k is an even integer ≥ 4 and β1, β2 ∈ [0, 1). */
export function assertDegenerateParams(k: number, beta1: number, beta2: number): void {
  if (!Number.isInteger(k) || k < 4 || k % 2 !== 0) throw new RangeError(`k must be an even integer ≥ 4, got ${k}`);
  if (!(beta1 >= 0 && beta1 < 1)) throw new RangeError(`beta1 must be in [0, 1), got ${beta1}`);
  if (!(beta2 >= 0 && beta2 < 1)) throw new RangeError(`beta2 must be in [0, 1), got ${beta2}`);
}

/** q* = β2^{1/(2(k−2))}: the iterate contraction x_{t+1}/x_t at the fixed point (eq. 10). */
export const qStar = (k: number, beta2: number): number => beta2 ** (1 / (2 * (k - 2)));

/** a = β1 β2^{−(k−1)/(2(k−2))}; the fixed point exists iff a < 1. */
export const momentumRatio = (k: number, beta1: number, beta2: number): number => beta1 * qStar(k, beta2) ** -(k - 1);

/** Theorem 4.1(i): ω* > 0 and λ* > 0 iff β1 < β2^{(k−1)/(2(k−2))}. */
export const fixedPointExists = (k: number, beta1: number, beta2: number): boolean =>
  beta1 < beta2 ** ((k - 1) / (2 * (k - 2)));

/** Eq. (7): ω* = (1 − β1)/(1 − a). */
export const omegaStar = (k: number, beta1: number, beta2: number): number =>
  (1 - beta1) / (1 - momentumRatio(k, beta1, beta2));

/** Eq. (7) times η: ηλ* = (1 − q*)(1 − a)/(1 − β1), so that ηω*λ* = 1 − q*. */
export const etaLambdaStar = (k: number, beta1: number, beta2: number): number =>
  ((1 - qStar(k, beta2)) * (1 - momentumRatio(k, beta1, beta2))) / (1 - beta1);

export type Mat2 = readonly [readonly [number, number], readonly [number, number]];

/** The block A of J at (ω*, λ*, 0) in the (ω, λ) coordinates of eq. (5), for a given η (spec 004 §3). */
export function jacobianBlock(k: number, beta1: number, beta2: number, eta = 1): Mat2 {
  const q = qStar(k, beta2);
  const a = momentumRatio(k, beta1, beta2);
  const om = omegaStar(k, beta1, beta2);
  const lam = etaLambdaStar(k, beta1, beta2) / eta;
  return [
    [(a * (k - 1 - (k - 2) * q)) / q, ((k - 1) * a * eta * om * om) / q],
    [(-(k - 2) * eta * lam * lam) / q, k - 1 - (k - 2) / q],
  ];
}

export interface Eigen2 {
  readonly re: readonly [number, number];
  readonly im: readonly [number, number];
  readonly radius: number;
}

/** Eigenvalues of a real 2×2 matrix in closed form (larger modulus first). */
export function eigen2(m: Mat2): Eigen2 {
  const tr = m[0][0] + m[1][1];
  const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
  const disc = (tr * tr) / 4 - det;
  if (disc >= 0) {
    const s = Math.sqrt(disc);
    const l1 = tr / 2 + (tr >= 0 ? s : -s);
    // the second root from det/l1 avoids cancellation
    const l2 = l1 !== 0 ? det / l1 : tr / 2 - s;
    return { re: [l1, l2], im: [0, 0], radius: Math.max(Math.abs(l1), Math.abs(l2)) };
  }
  const s = Math.sqrt(-disc);
  return { re: [tr / 2, tr / 2], im: [s, -s], radius: Math.sqrt(Math.max(det, 0)) };
}

/** det A = β1 β2^{−k/(2(k−2))} and tr A (spec 004 §3); η-free. */
export function detTrace(k: number, beta1: number, beta2: number): { det: number; trace: number } {
  const q = qStar(k, beta2);
  const a = momentumRatio(k, beta1, beta2);
  return { det: a / q, trace: (a * (k - 1 - (k - 2) * q) + (k - 1) * q - (k - 2)) / q };
}

/** Condition (8): β1 < β2^{k/(2(k−2))} (det A < 1). */
export const condition8 = (k: number, beta1: number, beta2: number): boolean => beta1 < beta2 ** (k / (2 * (k - 2)));

/** Condition (9): β1(k − (k−2)q*) > q*^{k−1}((k−2) − kq*) (1 + tr A + det A > 0). */
export function condition9(k: number, beta1: number, beta2: number): boolean {
  const q = qStar(k, beta2);
  return beta1 * (k - (k - 2) * q) > q ** (k - 1) * (k - 2 - k * q);
}

/** Theorem 6.1 regimes: 1 = stable fixed point, 2 = exists but unstable, 3 = no fixed point. */
export type Regime = 1 | 2 | 3;

export function theoryRegime(k: number, beta1: number, beta2: number): Regime {
  if (!fixedPointExists(k, beta1, beta2)) return 3;
  return condition8(k, beta1, beta2) && condition9(k, beta1, beta2) ? 1 : 2;
}

/** ρ(J) = max(ρ(A), q*) for the (ω, λ, x) system; NaN when the fixed point does not exist. */
export function spectralRadiusJ(k: number, beta1: number, beta2: number): number {
  if (!fixedPointExists(k, beta1, beta2)) return NaN;
  return Math.max(eigen2(jacobianBlock(k, beta1, beta2)).radius, qStar(k, beta2));
}
