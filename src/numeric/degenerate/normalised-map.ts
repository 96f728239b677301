/**
 * The η-free normalised Adam map on L = x^k/k (spec 004 §1, eq. 5 with μ = ηλ, w = g²/v), tracking
 * ln μ, ln w and ln|x| so that nothing underflows far into the linear phase, plus eq. (5) itself in
 * the (ω, λ, x) coordinates for finite-difference Jacobians.
 */

/** State after the moment update of step t: ω = m/g, μ = η x^{k−2}/√v, w = g²/v, ln|x|. */
export interface NormState {
  omega: number;
  lnMu: number;
  lnW: number;
  lnX: number;
}

export interface MapParams {
  readonly k: number;
  readonly beta1: number;
  readonly beta2: number;
}

/** Initial state for x0 ≠ 0: (Z) m₋₁ = v₋₁ = 0, or (G) m₋₁ = g0, v₋₁ = g0² (spec 004 §1). */
export function initialState(
  p: MapParams,
  eta: number,
  x0: number,
  init: 'zero' | 'first-gradient' = 'zero',
): NormState {
  const lnX = Math.log(Math.abs(x0));
  if (init === 'first-gradient') return { omega: 1, lnMu: Math.log(eta) - lnX, lnW: 0, lnX };
  return {
    omega: 1 - p.beta1,
    lnMu: Math.log(eta) - lnX - 0.5 * Math.log1p(-p.beta2),
    lnW: -Math.log1p(-p.beta2),
    lnX,
  };
}

/** ln(e^a + e^b), exact for −∞ arguments. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** Largest |ln|q|| allowed before q^{−(k−1)} would overflow; beyond it q is clamped (counted). */
export const lnQLimit = (k: number): number => 700 / (k - 1);

/**
 * One step of the η-free map in place; returns ln|q_t| (so ln|x_{t+1}| − ln|x_t|), or NaN if q had to
 * be clamped away from 0 (x_{t+1} = 0 exactly is outside the normalised map's domain).
 */
export function stepNormalised(p: MapParams, s: NormState): number {
  const { k, beta1, beta2 } = p;
  let q = 1 - s.omega * Math.exp(s.lnMu);
  let lq = Math.log(Math.abs(q));
  let clamped = false;
  if (lq < -lnQLimit(k)) {
    lq = -lnQLimit(k);
    q = (q < 0 ? -1 : 1) * Math.exp(lq);
    clamped = true;
  }
  // q^{−(k−1)} keeps the sign of q because k − 1 is odd
  const inv = (q < 0 ? -1 : 1) * Math.exp(-(k - 1) * lq);
  s.omega = beta1 * s.omega * inv + (1 - beta1);
  const lr = logAddExp(Math.log(beta2), Math.log1p(-beta2) + s.lnW + 2 * (k - 1) * lq);
  s.lnMu += (k - 2) * lq - 0.5 * lr;
  s.lnW += 2 * (k - 1) * lq - lr;
  s.lnX += lq;
  return clamped ? NaN : lq;
}

/** Eq. (5) in the paper's (ω, λ, x) coordinates with η (exact for x ≠ 0, v > 0; defined at x = 0). */
export function mapOmegaLambdaX(
  p: MapParams,
  eta: number,
  y: readonly [number, number, number],
): [number, number, number] {
  const { k, beta1, beta2 } = p;
  const [om, lam, x] = y;
  const q = 1 - eta * om * lam;
  const omNext = (beta1 * om) / q ** (k - 1) + (1 - beta1);
  const lamNext = (lam * q ** (k - 2)) / Math.sqrt(beta2 + (1 - beta2) * lam * lam * x * x * q ** (2 * (k - 1)));
  return [omNext, lamNext, q * x];
}

/** Central finite-difference Jacobian of eq. (5) at y (relative steps h·max(|y_j|, scale_j)). */
export function jacobianFd(p: MapParams, eta: number, y: readonly [number, number, number], h = 1e-6): number[][] {
  const J = [0, 1, 2].map(() => [0, 0, 0]);
  const scale = [1, 1 / eta, 1];
  for (let j = 0; j < 3; j++) {
    const d = h * Math.max(Math.abs(y[j]), scale[j]);
    const yp = [...y] as [number, number, number];
    const ym = [...y] as [number, number, number];
    yp[j] += d;
    ym[j] -= d;
    const fp = mapOmegaLambdaX(p, eta, yp);
    const fm = mapOmegaLambdaX(p, eta, ym);
    for (let i = 0; i < 3; i++) J[i][j] = (fp[i] - fm[i]) / (2 * d);
  }
  return J;
}
