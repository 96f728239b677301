/**
 * Symbolic layer: the sharpness map of Prop. 5.6 and the closed-form flows of Thm 5.1 (39) and Lemma 5.5 (56–57).
 * Each identity is a claimed step evaluated in 48 digits (evidence); the claimed exponents come from ./claimed.ts so
 * that a perturbed claim (a mutant) is what gets substituted.
 */
import { derive, identityCheck, substitute } from '../../proofs-check/index.js';
import type { CasLog, IdentitySpec } from '../../proofs-check/index.js';
import type { Check, Claim } from '../../src/core/theorem.js';
import {
  criticalGrowthCas,
  expLrExponentCas,
  mutantsOf,
  powerExponentCas,
  sharpnessExponentCas,
  thresholdCas,
} from './claimed.js';

type M = (name: string) => boolean;
const F = 'c*s*(1-s)^(k-2)'; // eq. (18/64)
const sStar = (m: M) => `(1 - c^(-${sharpnessExponentCas(m)}))`; // eq. (65)
const slopeStar = (m: M) => `(1 - (k-2)*(c^${sharpnessExponentCas(m)} - 1))`; // eqs. (67–69)
const mapDomain = { c: [1.01, 8], k: [4, 10], s: [0.01, 0.99] } as const;
const gf = (m: M) => `(x0^(-(k-2)) + (k-2)*eta*t)^(-${powerExponentCas(m)})`; // eq. (39)
const expGf = (m: M) => `(x0^(-(k-2)) + (k-2)*eta0/alpha*(exp(alpha*t) - 1))^(-${expLrExponentCas(m)})`; // eqs. (56–57)

/** identityCheck whose builder sees the claim mutants of this run (the builder of proofs-check gets no context). */
function mutableIdentity(name: string, build: (c: Claim, cas: CasLog, m: M) => IdentitySpec): Check {
  return {
    name,
    layer: 'symbolic',
    run: (c, ctx) => identityCheck(name, (cl, cas) => build(cl, cas, mutantsOf(c, ctx))).run(c, ctx),
  };
}

export const symbolicChecks: readonly Check[] = [
  mutableIdentity('sharpness_fixed_point_identity', (_c, _cas, m) => ({
    lhs: substitute(F, 's', sStar(m)),
    rhs: sStar(m),
    domain: { c: [1.01, 8], k: [4, 10] },
    numericOnly: true,
  })),
  mutableIdentity('sharpness_slope_identity', (_c, cas, m) => ({
    lhs: substitute(derive(F, 's', 1, mapDomain, cas), 's', sStar(m)),
    rhs: slopeStar(m),
    domain: { c: [1.01, 8], k: [4, 10] },
    numericOnly: true,
  })),
  mutableIdentity('flip_threshold_identity', (_c, _cas, m) => {
    const cCrit = criticalGrowthCas(m);
    return {
      lhs: `abs(${substitute(slopeStar(m), 'c', cCrit)} + 1) + abs(${cCrit}^(-2) - ${thresholdCas(m)})`,
      rhs: '0',
      domain: { k: [4, 20] },
      numericOnly: true,
    };
  }),
  mutableIdentity('gradient_flow_solution_eq39', (_c, cas, m) => {
    const dom = { x0: [0.2, 3], eta: [0.01, 1], t: [0, 100], k: [4, 10] } as const;
    return { lhs: derive(gf(m), 't', 1, dom, cas), rhs: `-eta*(${gf(m)})^(k-1)`, domain: dom, numericOnly: true };
  }),
  mutableIdentity('exp_lr_flow_solution_eq56', (_c, cas, m) => {
    const dom = { x0: [0.2, 3], eta0: [0.01, 1], alpha: [0.01, 1], t: [0, 20], k: [4, 10] } as const;
    return {
      lhs: derive(expGf(m), 't', 1, dom, cas),
      rhs: `-eta0*exp(alpha*t)*(${expGf(m)})^(k-1)`,
      domain: dom,
      numericOnly: true,
    };
  }),
];
