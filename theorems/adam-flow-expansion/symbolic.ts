/** Symbolic steps of lemma A.1, prop. A.2 and thm A.3 (spec 000 §1), on concrete smooth families. */
import { derive, identityCheck, taylorCoefficients } from '../../proofs-check/index.js';
import type { Check } from '../../src/core/theorem.js';

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
  identityCheck('kernel_derivative', (_c, cas) => ({
    lhs: derive('exp(-(t-s)/tau)/tau', 's', 1, { t: [0, 10], s: [0, 10], tau: [0.2, 5] }, cas),
    rhs: 'exp(-(t-s)/tau)/tau^2',
    domain: { t: [0, 10], s: [0, 10], tau: [0.2, 5] },
  })),
  identityCheck('g_second_derivative', (_c, cas) => ({
    lhs: derive(gSine, 't', 2, sineDomain, cas),
    rhs: `((${deltaSine})^2 + ${deltaPrimeSine})*${gSine}`,
    domain: sineDomain,
  })),
  identityCheck('g_squared_second_derivative', (_c, cas) => ({
    lhs: derive(`(${gPoly})^2`, 't', 2, polyDomain, cas),
    rhs: `2*(${gPoly})^2*(2*${deltaPoly}^2 + 2*c)`,
    domain: polyDomain,
  })),
  identityCheck('particular_solution_residual', (_c, cas) => {
    const y = gSine;
    const dom = { ...sineDomain, tau: [0.1, 5] } as const;
    const xp = `(${y}) - tau*(${derive(y, 't', 1, dom, cas)})`;
    return {
      lhs: `tau*(${derive(xp, 't', 1, dom, cas)}) + (${xp}) - (${y})`,
      rhs: `-tau^2*(${derive(y, 't', 2, dom, cas)})`,
      domain: dom,
    };
  }),
  identityCheck('taylor_zeroth_coefficient', (_c, cas) => ({
    lhs: taylorCoefficients(`(1 + ${bFirst})*(1 + ${aFirst})^(-1/2)`, 's', 0, sDomain, cas)[0],
    rhs: '1',
    domain: tauDomain,
  })),
  identityCheck('taylor_first_order_coefficient', (_c, cas) => ({
    lhs: `(${taylorCoefficients(`(1 + ${bFirst})*(1 + ${aFirst})^(-1/2)`, 's', 1, sDomain, cas)[1]})/d`,
    rhs: 't2 - t1',
    domain: { t1: [0.1, 5], t2: [0.1, 5], d: [0.1, 2] },
  })),
  identityCheck('taylor_second_order_coefficients', (_c, cas) => ({
    lhs: taylorCoefficients(`(1 + ${bSecond})*(1 + ${aSecond})^(-1/2)`, 's', 2, sDomain, cas)[2],
    rhs: '(t1^2 - t1*t2 - t2^2/2)*d^2 + (t1^2 - t2^2)*dp',
    domain: tauDomain,
  })),
];
