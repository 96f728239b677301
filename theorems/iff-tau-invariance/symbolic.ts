/** Symbolic layer: the discrete sensitivity (referee's form) and the first-order coefficient τ2 − τ1. */
import { derive, identityCheck, substitute, taylorCoefficients } from '../../proofs-check/index.js';
import type { CasLog, IdentitySpec } from '../../proofs-check/index.js';
import type { Check, CheckContext, Claim } from '../../src/core/theorem.js';
import { discreteSensitivity, flowCoefficient } from './claimed.js';

// R̃(λ) with the state fixed in the tracking regime m = g, v = g² and the current gradient λg.
const rTilde = '(b1*g + (1 - b1)*lam*g) * (b2*g^2 + (1 - b2)*lam^2*g^2)^(-1/2)';

/** identityCheck whose claimed side (rhs) comes from the claim's formulas, so the claim mutants reach it. */
const claimedIdentity = (name: string, build: (c: Claim, ctx: CheckContext, cas: CasLog) => IdentitySpec): Check => ({
  name,
  layer: 'symbolic',
  run: (c, ctx) => identityCheck(name, (claim, cas) => build(claim, ctx, cas)).run(c, ctx),
});

export const symbolicChecks: readonly Check[] = [
  claimedIdentity('discrete_sensitivity_identity', (c, ctx, cas) => {
    const domain = { b1: [0.01, 0.999], b2: [0.01, 0.999], g: [0.05, 5], lam: [0.5, 1.5] } as const;
    return {
      lhs: substitute(derive(rTilde, 'lam', 1, domain, cas), 'lam', '1'),
      rhs: discreteSensitivity(c, ctx).expr('b1', 'b2'),
      domain: { b1: [0.01, 0.999], b2: [0.01, 0.999], g: [0.05, 5] },
    };
  }),
  claimedIdentity('first_order_coefficient_identity', (c, ctx, cas) => ({
    lhs: `(${taylorCoefficients('(1 - t1*s*d)*(1 - 2*t2*s*d)^(-1/2)', 's', 1, { t1: [0.1, 5], t2: [0.1, 5], d: [0.1, 2], s: [-0.01, 0.01] }, cas)[1]})/d`,
    rhs: flowCoefficient(c, ctx).expr('t1', 't2'),
    domain: { t1: [0.1, 5], t2: [0.1, 5], d: [0.1, 2] },
  })),
];
