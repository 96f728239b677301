/**
 * The claim's formulas as the checks compare with them (Thms 5.1/5.3, Lemmas 5.4/5.5, Prop. 5.6, Thm 5.7, Lemmas F.1/F.2).
 * Under a claim mutant (conformance suite only) the perturbed formula is returned instead, so that a check whose
 * measurement does not depend on the formula flips. Numbers and CAS strings share the exponents.
 */
import { mutated } from '../../src/core/mutant.js';
import type { CheckContext, Claim } from '../../src/core/theorem.js';

type M = (name: string) => boolean;
export const mutantsOf =
  (c: Claim, ctx: Pick<CheckContext, 'input'>): M =>
  (name) =>
    mutated(c, ctx, name);

/** Decay exponent 1/(k−2) of Thm 5.1/5.3 (x ~ ((k−2)ηt)^{−1/(k−2)}); mutant 'power-law-exponent': 2/(2k−3). */
export const powerExponent = (m: M, k: number): number => (m('power-law-exponent') ? 2 / (2 * k - 3) : 1 / (k - 2));
export const powerExponentCas = (m: M): string => (m('power-law-exponent') ? '(2/(2*k-3))' : '(1/(k-2))');

/** Exponent 1/(k−2) of Lemma 5.5 (x ~ C e^{−αt/(k−2)}, C = (α/((k−2)η0))^{1/(k−2)}); mutant 'exp-lr-exponent': 2/(2k−3). */
export const expLrExponent = (m: M, k: number): number => (m('exp-lr-exponent') ? 2 / (2 * k - 3) : 1 / (k - 2));
export const expLrExponentCas = (m: M): string => (m('exp-lr-exponent') ? '(2/(2*k-3))' : '(1/(k-2))');

/** Thm 5.7 rate (21) q* = β2^{1/(2(k−2))}; mutant 'rate-exponent': β2^{1/(2k−3)}. μ* = 1 − q* for RMSProp. */
export const rmspropRate = (m: M, k: number, beta2: number): number =>
  beta2 ** (m('rate-exponent') ? 1 / (2 * k - 3) : 1 / (2 * (k - 2)));

/** Exponent 1/(k−2) of s* = 1 − c^{−1/(k−2)} (65) and F′(s*) (67–69); mutant 'sharpness-exponent': 2/(2k−3). */
export const sharpnessExponentCas = (m: M): string => (m('sharpness-exponent') ? '(2/(2*k-3))' : '(1/(k-2))');

/** c_crit = (k/(k−2))^{k−2} (19) and (20) β2 > ((k−2)/k)^{2(k−2)}; mutant 'threshold-exponent': powers k−1, 2(k−1). */
export const criticalGrowthClaimed = (m: M, k: number): number =>
  (k / (k - 2)) ** (m('threshold-exponent') ? k - 1 : k - 2);
export const thresholdClaimed = (m: M, k: number): number =>
  ((k - 2) / k) ** (m('threshold-exponent') ? 2 * (k - 1) : 2 * (k - 2));
export const criticalGrowthCas = (m: M): string =>
  m('threshold-exponent') ? '((k/(k-2))^(k-1))' : '((k/(k-2))^(k-2))';
export const thresholdCas = (m: M): string =>
  m('threshold-exponent') ? '(((k-2)/k)^(2*(k-1)))' : '(((k-2)/k)^(2*(k-2)))';

/** Lemma 5.4 (15): v_{t+1}/v_t → β2; mutant 'v-tracks-g2': → (g_{t+1}/g_t)² = β2^{(k−1)/(k−2)} (v coupled to g²). */
export const vRatioClaimed = (m: M, k: number, beta2: number): number =>
  m('v-tracks-g2') ? beta2 ** ((k - 1) / (k - 2)) : beta2;

/** Lemma F.1: x = x0 exp(−(η0/α)(e^{αt} − 1)); mutant 'f1-constant': the constant C = x0 e^{η0/α} dropped, x0 exp(−(η0/α)e^{αt}). */
export const lemmaF1 = (m: M, x0: number, eta0: number, alpha: number, t: number): number =>
  m('f1-constant')
    ? x0 * Math.exp((-eta0 / alpha) * Math.exp(alpha * t))
    : x0 * Math.exp((-eta0 / alpha) * (Math.exp(alpha * t) - 1));

/** Lemma F.2 (92, 100): envelope slope −(2γ − α)/4; mutant 'f2-envelope': −(γ − α)/2 (the WKB factor Ω^{−1/2} dropped). */
export const f2Slope = (m: M, gamma: number, alpha: number): number =>
  m('f2-envelope') ? -(gamma - alpha) / 2 : -(2 * gamma - alpha) / 4;
