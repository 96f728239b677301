/** Symbolic steps of lemma A.1, prop. A.2 and thm A.3 (spec 000 §1), on concrete smooth families. */
import { derive, identityCheck, taylorCoefficients } from '../../proofs-check/index.js';
import type { CasLog, IdentitySpec } from '../../proofs-check/index.js';
import { mutated } from '../../src/core/mutant.js';
import type { Check, CheckContext, Claim } from '../../src/core/theorem.js';

/** identityCheck whose claimed side may consult the claim's mutants (the CAS side never does). */
const claimedIdentity = (name: string, build: (c: Claim, ctx: CheckContext, cas: CasLog) => IdentitySpec): Check => ({
  name,
  layer: 'symbolic',
  run: (c, ctx) => identityCheck(name, (claim, cas) => build(claim, ctx, cas)).run(c, ctx),
});

// g = g0·exp(A sin(ωt)): δ = Aω cos(ωt), δ′ = −Aω² sin(ωt).
const gSine = 'g0*exp(A*sin(w*t))';
const deltaSine = 'A*w*cos(w*t)';
const deltaPrimeSine = '(-A*w^2*sin(w*t))';
// g = g0·exp(a t + c t²): δ = a + 2ct, δ′ = 2c.
const gPoly = 'g0*exp(a*t + c*t^2)';
const deltaPoly = '(a + 2*c*t)';
const sineDomain = { g0: [0.2, 3], A: [-1.5, 1.5], w: [0.1, 3], t: [-5, 5] } as const;
const polyDomain = { g0: [0.2, 3], a: [-1, 1], c: [-0.5, 0.5], t: [-2, 2] } as const;

// R = (1 + b)/√(1 + a) with the expansions of m/g and v/g² to second order in a bookkeeping s:
// m/g = 1 − τ1 sδ + τ1² s²(δ² + δ′),  v/g² = 1 − 2τ2 sδ + 2τ2² s²(2δ² + δ′)  (x = y − τy′ + τ²y″).
const bFirst = '(-t1*s*d)';
const aFirst = '(-2*t2*s*d)';
const bSecond = '(-t1*s*d + t1^2*s^2*(d^2 + dp))';
const aSecond = '(-2*t2*s*d + 2*t2^2*s^2*(2*d^2 + dp))';
const tauDomain = { t1: [0.1, 5], t2: [0.1, 5], d: [-2, 2], dp: [-2, 2] } as const;
// s is the bookkeeping parameter; near 0 so 1 + a > 0 on the whole domain.
const sDomain = { ...tauDomain, s: [-0.01, 0.01] } as const;

export const symbolicChecks: readonly Check[] = [
  claimedIdentity('kernel_derivative', (c, ctx, cas) => ({
    lhs: derive('exp(-(t-s)/tau)/tau', 's', 1, { t: [0, 10], s: [0, 10], tau: [0.2, 5] }, cas),
    // claimed: ∂_s K = K/τ
    rhs: `${mutated(c, ctx, 'kernel-derivative-sign') ? '-' : ''}exp(-(t-s)/tau)/tau^2`,
    domain: { t: [0, 10], s: [0, 10], tau: [0.2, 5] },
  })),
  claimedIdentity('g_second_derivative', (c, ctx, cas) => ({
    lhs: derive(gSine, 't', 2, sineDomain, cas),
    // claimed: g″ = (δ² + δ′)g
    rhs: mutated(c, ctx, 'product-rule-delta2-dropped')
      ? `${deltaPrimeSine}*${gSine}`
      : `((${deltaSine})^2 + ${deltaPrimeSine})*${gSine}`,
    domain: sineDomain,
  })),
  claimedIdentity('g_squared_second_derivative', (c, ctx, cas) => ({
    lhs: derive(`(${gPoly})^2`, 't', 2, polyDomain, cas),
    // claimed: (g²)″ = 2g²(2δ² + δ′), δ′ = 2c on this family
    rhs: mutated(c, ctx, 'product-rule-delta2-dropped')
      ? `2*(${gPoly})^2*(2*c)`
      : `2*(${gPoly})^2*(2*${deltaPoly}^2 + 2*c)`,
    domain: polyDomain,
  })),
  claimedIdentity('particular_solution_residual', (c, ctx, cas) => {
    const y = gSine;
    const dom = { ...sineDomain, tau: [0.1, 5] } as const;
    const xp = `(${y}) - tau*(${derive(y, 't', 1, dom, cas)})`;
    return {
      lhs: `tau*(${derive(xp, 't', 1, dom, cas)}) + (${xp}) - (${y})`,
      // claimed: the residual is −τ²y″
      rhs: `${mutated(c, ctx, 'particular-residual-sign') ? '' : '-'}tau^2*(${derive(y, 't', 2, dom, cas)})`,
      domain: dom,
    };
  }),
  claimedIdentity('taylor_zeroth_coefficient', (c, ctx, cas) => ({
    lhs: taylorCoefficients(`(1 + ${bFirst})*(1 + ${aFirst})^(-1/2)`, 's', 0, sDomain, cas)[0],
    rhs: mutated(c, ctx, 'leading-term-x0.9') ? '0.9' : '1',
    domain: tauDomain,
  })),
  claimedIdentity('taylor_first_order_coefficient', (c, ctx, cas) => ({
    lhs: `(${taylorCoefficients(`(1 + ${bFirst})*(1 + ${aFirst})^(-1/2)`, 's', 1, sDomain, cas)[1]})/d`,
    rhs: mutated(c, ctx, 'first-coefficient-x1.1')
      ? '1.1*(t2 - t1)'
      : mutated(c, ctx, 'first-coefficient-swapped')
        ? 't1 - t2'
        : 't2 - t1',
    domain: { t1: [0.1, 5], t2: [0.1, 5], d: [0.1, 2] },
  })),
  claimedIdentity('taylor_second_order_coefficients', (c, ctx, cas) => ({
    lhs: taylorCoefficients(`(1 + ${bSecond})*(1 + ${aSecond})^(-1/2)`, 's', 2, sDomain, cas)[2],
    rhs: `(t1^2 - t1*t2 - ${mutated(c, ctx, 'second-order-delta2') ? 't2^2' : 't2^2/2'})*d^2 + (t1^2 - t2^2)*dp`,
    domain: tauDomain,
  })),
];
