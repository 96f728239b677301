/** Symbolic layer: the sharpness map of Prop. 5.6 and the closed-form flows of Thm 5.1 (39) and Lemma 5.5 (56–57). */
import { derive, identityCheck, substitute } from '../../proofs-check/index.js';
import type { Check } from '../../src/core/theorem.js';

const F = 'c*s*(1-s)^(k-2)'; // eq. (18/64)
const sStar = '(1 - c^(-1/(k-2)))'; // eq. (65)
const slopeStar = '(1 - (k-2)*(c^(1/(k-2)) - 1))'; // eqs. (67–69)
const mapDomain = { c: [1.01, 8], k: [4, 10], s: [0.01, 0.99] } as const;
const gf = '(x0^(-(k-2)) + (k-2)*eta*t)^(-1/(k-2))'; // eq. (39)
const expGf = '(x0^(-(k-2)) + (k-2)*eta0/alpha*(exp(alpha*t) - 1))^(-1/(k-2))'; // eqs. (56–57)

export const symbolicChecks: readonly Check[] = [
  identityCheck('sharpness_fixed_point_identity', () => ({ lhs: substitute(F, 's', sStar), rhs: sStar, domain: { c: [1.01, 8], k: [4, 10] }, numericOnly: true })),
  identityCheck('sharpness_slope_identity', (_c, cas) => ({
    lhs: substitute(derive(F, 's', 1, mapDomain, cas), 's', sStar),
    rhs: slopeStar,
    domain: { c: [1.01, 8], k: [4, 10] },
    numericOnly: true,
  })),
  identityCheck('flip_threshold_identity', () => {
    const cCrit = '((k/(k-2))^(k-2))';
    return {
      lhs: `abs(${substitute(slopeStar, 'c', cCrit)} + 1) + abs(${cCrit}^(-2) - ((k-2)/k)^(2*(k-2)))`,
      rhs: '0',
      domain: { k: [4, 20] },
      numericOnly: true,
    };
  }),
  identityCheck('gradient_flow_solution_eq39', (_c, cas) => {
    const dom = { x0: [0.2, 3], eta: [0.01, 1], t: [0, 100], k: [4, 10] } as const;
    return { lhs: derive(gf, 't', 1, dom, cas), rhs: `-eta*(${gf})^(k-1)`, domain: dom, numericOnly: true };
  }),
  identityCheck('exp_lr_flow_solution_eq56', (_c, cas) => {
    const dom = { x0: [0.2, 3], eta0: [0.01, 1], alpha: [0.01, 1], t: [0, 20], k: [4, 10] } as const;
    return { lhs: derive(expGf, 't', 1, dom, cas), rhs: `-eta0*exp(alpha*t)*(${expGf})^(k-1)`, domain: dom, numericOnly: true };
  }),
];
