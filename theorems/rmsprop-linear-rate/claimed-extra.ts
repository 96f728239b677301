/**
 * Claimed formulas of the appendix-F quadratic case and of Remarks 5.2/5.8 as the checks of quadratic-k2.ts and
 * complexity.ts compare with them; under a claim mutant (conformance suite only) the perturbed formula is returned.
 */
import { powerExponent, rmspropRate } from './claimed.js';

type M = (name: string) => boolean;

/** Eq. (80), k = 2: F(s) = c s with c = β2^{−1/2} for RMSProp (η/√v_t grows by c per step); mutant 'k2-lr-growth': β2^{−1/4}. */
export const k2Growth = (m: M, beta2: number): number => beta2 ** (m('k2-lr-growth') ? -0.25 : -0.5);

/** App. F.1 (77–79): the trivial family (1, 0, c) has the unstable eigenvalue β2^{−1/2}; mutant 'k2-lr-growth' likewise. */
export const k2TrivialEigenvalue = (m: M, beta2: number): number => k2Growth(m, beta2);

/**
 * App. F.1: for k = 2 no fixed point with λ* > 0 exists, so no (β1, β2) is in Regime I; mutant 'k2-regime-I': the
 * k = 4 rule (8) β1 < β2 carried over to the quadratic, as if (7) existed there.
 */
export const k2RegimeI = (m: M, beta1: number, beta2: number): boolean => m('k2-regime-I') && beta1 < beta2;

/**
 * Lemma F.2 (92, 100) read per step: |x| ≲ C e^{−(2γ−α)t/4} with γ = −ln β1 (the EMA's decay rate) and
 * α = −½ ln β2 (the growth rate of η/√v_t, eq. 80); mutant 'f2-schedule-sign': e^{−(2γ+α)t/4}.
 */
export const k2AdamSlope = (m: M, beta1: number, beta2: number): number => {
  const [g, a] = [-Math.log(beta1), -0.5 * Math.log(beta2)];
  return m('f2-schedule-sign') ? -(2 * g + a) / 4 : -(2 * g - a) / 4;
};

/** Remark 5.2: T_ε ≈ ε^{−(k−2)}/((k−2)η), Thm 5.1's law inverted (mutant 'power-law-exponent' inverts its exponent). */
export const gdComplexity = (m: M, k: number, eta: number, eps: number): number =>
  eps ** (-1 / powerExponent(m, k)) / ((k - 2) * eta);

/** Remark 5.8: the linear phase needs 2(k−2) ln(1/ε)/ln(1/β2) steps per ln(1/ε): rate (21) inverted ('rate-exponent'). */
export const rmspropStepsBetween = (m: M, k: number, beta2: number, lnEps1: number, lnEps2: number): number =>
  (lnEps1 - lnEps2) / -Math.log(rmspropRate(m, k, beta2));
