/**
 * The claim's formulas as the checks evaluate them (their own code path): the first-order coefficient of δ
 * in R/sign(g), τ2 − τ1 (theorem 3.3; zero iff τ1 = τ2), and its discrete form, the sensitivity
 * dR̃/dλ|₁·sign(g) = β2 − β1 in the tracking regime (zero iff β1 = β2). The claim mutants perturb them here.
 */
import { mutated } from '../../src/core/mutant.js';
import type { CheckContext, Claim } from '../../src/core/theorem.js';

type Ctx = Pick<CheckContext, 'input'>;
/** A claimed coefficient c(x1, x2) (affine in x2) and the same formula for the CAS, in variables a1, a2. */
export interface ClaimedFormula {
  readonly at: (x1: number, x2: number) => number;
  readonly expr: (a1: string, a2: string) => string;
}

/**
 * Mutants: 'difference-swapped' (x1 − x2), 'coefficient-x1.1' (1.1(x2 − x1)), 'no-square-root' (the root of
 * v forgotten, R ∝ m/v: flow 2τ2 − τ1, discrete (1 − β1) − 2(1 − β2)), 'invariant-for-all' (the iff's
 * condition dropped: 0 for every pair).
 */
function formula(c: Claim, ctx: Ctx, kind: 'flow' | 'discrete'): ClaimedFormula {
  if (mutated(c, ctx, 'difference-swapped')) return { at: (x1, x2) => x1 - x2, expr: (a1, a2) => `(${a1} - ${a2})` };
  if (mutated(c, ctx, 'coefficient-x1.1'))
    return { at: (x1, x2) => 1.1 * (x2 - x1), expr: (a1, a2) => `1.1*(${a2} - ${a1})` };
  if (mutated(c, ctx, 'no-square-root')) {
    return kind === 'flow'
      ? { at: (x1, x2) => 2 * x2 - x1, expr: (a1, a2) => `(2*${a2} - ${a1})` }
      : { at: (x1, x2) => 1 - x1 - 2 * (1 - x2), expr: (a1, a2) => `(1 - ${a1} - 2*(1 - ${a2}))` };
  }
  if (mutated(c, ctx, 'invariant-for-all')) return { at: () => 0, expr: () => '0' };
  return { at: (x1, x2) => x2 - x1, expr: (a1, a2) => `(${a2} - ${a1})` };
}

/** Claimed coefficient of δ in R/sign(g) for (τ1, τ2). */
export const flowCoefficient = (c: Claim, ctx: Ctx): ClaimedFormula => formula(c, ctx, 'flow');
/** Claimed sign(g)·dR̃/dλ at λ = 1 for (β1, β2), tracking state. */
export const discreteSensitivity = (c: Claim, ctx: Ctx): ClaimedFormula => formula(c, ctx, 'discrete');

/** The x2 at which the claimed coefficient vanishes for this x1 (x1 itself when the claim says x2 = x1, or says every x2). */
export function invariantPartner(f: ClaimedFormula, x1: number): number {
  if (f.at(x1, x1) === 0) return x1;
  const f0 = f.at(x1, 0);
  const f1 = f.at(x1, 1);
  return f1 === f0 ? x1 : -f0 / (f1 - f0);
}

/** The order in the drift (flow) or in |c − 1| (discrete) the claim predicts for max|R − sign g| / ‖u(g) − u(cg)‖: 1 unless its first-order coefficient vanishes. */
export const claimedOrder = (f: ClaimedFormula, x1: number, x2: number): number => (f.at(x1, x2) !== 0 ? 1 : 2);
