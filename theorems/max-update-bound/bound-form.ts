/** Theorem 1's bound as one check run states it: the theorem, or a claim mutant's perturbation of it. */
import { mutated } from '../../src/core/mutant.js';
import type { CheckContext, Claim } from '../../src/core/theorem.js';
import type { BoundForm } from '../../src/numeric/ctadam/index.js';

/** eq. (5) (and eq. (14)'s first line) × 0.9 under `bound-x0.9`; the B− exponent n|C|/2 → n|C| under `B-minus-exponent-doubled`. */
export function boundForm(c: Claim, ctx: Pick<CheckContext, 'input'>): BoundForm {
  return {
    scale: mutated(c, ctx, 'bound-x0.9') ? 0.9 : 1,
    minusRate: mutated(c, ctx, 'B-minus-exponent-doubled') ? 2 : 1,
  };
}
