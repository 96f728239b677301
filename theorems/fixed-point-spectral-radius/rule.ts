/**
 * The claim's formulas as the checks compare with them: rate (10) q* = β2^{1/(2(k−2))}, the fixed point (7) built on
 * it, condition (8) and the stability rule (8) ∧ (9) of Theorem 4.1(ii) / Regime I of Theorem 6.1. Under a claim
 * mutant (conformance suite only) the perturbed formula is returned instead, so that a check whose measurement does
 * not depend on the formula flips.
 */
import { mutated } from '../../src/core/mutant.js';
import type { CheckContext, Claim } from '../../src/core/theorem.js';
import type { Regime } from '../../src/numeric/degenerate/index.js';
import { condition8, condition9, fixedPointExists } from '../../src/numeric/degenerate/index.js';

export interface ClaimedForms {
  /** q* of rate (10). */
  q(k: number, beta2: number): number;
  /** Eq. (7) in the η-free scaling: ω* and μ* = ηλ*, built on q. */
  fixedPoint(k: number, beta1: number, beta2: number): { omega: number; mu: number };
  /** Condition (8). */
  c8(k: number, beta1: number, beta2: number): boolean;
  /** Theorem 4.1(ii): ρ(J) < 1 ⇔ existence ∧ (8) ∧ (9). */
  stable(k: number, beta1: number, beta2: number): boolean;
  /** Theorem 6.1 regimes: 1 stable, 2 exists but unstable, 3 no fixed point. */
  regime(k: number, beta1: number, beta2: number): Regime;
}

export function claimedForms(c: Claim, ctx: Pick<CheckContext, 'input'>): ClaimedForms {
  const qExp = mutated(c, ctx, 'q-star-exponent') ? (k: number) => 1 / (2 * k - 3) : (k: number) => 1 / (2 * (k - 2));
  const exp8 = mutated(c, ctx, 'condition8-exponent') ? (k: number) => k / (2 * (k + 2)) : null;
  const drop9 = mutated(c, ctx, 'drop-condition-9');
  const q = (k: number, b2: number): number => b2 ** qExp(k);
  const c8 = (k: number, b1: number, b2: number): boolean => (exp8 ? b1 < b2 ** exp8(k) : condition8(k, b1, b2));
  const stable = (k: number, b1: number, b2: number): boolean =>
    fixedPointExists(k, b1, b2) && c8(k, b1, b2) && (drop9 || condition9(k, b1, b2));
  return {
    q,
    fixedPoint(k, b1, b2) {
      const qs = q(k, b2);
      const a = b1 * qs ** -(k - 1);
      return { omega: (1 - b1) / (1 - a), mu: ((1 - qs) * (1 - a)) / (1 - b1) };
    },
    c8,
    stable,
    regime: (k, b1, b2) => (!fixedPointExists(k, b1, b2) ? 3 : stable(k, b1, b2) ? 1 : 2),
  };
}

/** Points (k, β1, β2) from a flat settings list. */
export function triples(flat: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i + 3 <= flat.length; i += 3) out.push([flat[i], flat[i + 1], flat[i + 2]]);
  return out;
}
