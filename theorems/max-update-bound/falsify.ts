/**
 * `verify falsify` target of theorem 1 (eq. 5) against discrete Adam: the objective is S_n / bound_n, S_n the
 * exact discrete worst case of bias-corrected Adam (spec 003 §1, closed form in log space), over the paper's
 * parameter space (β, γ) ∈ (0, 1)² (searched in logit coordinates, 10⁻⁶ from either end) and n ∈ [0, 10⁴].
 * Scope: B+ (C > 0), where the module's evidence says the bound holds for discrete Adam (bound_holds_B_plus);
 * in B− discrete Adam is outside the continuous approximation, so a break there is informational.
 */
import type { FalsifyTarget } from '../../src/core/falsify.js';
import { cOf, logDiscreteWorstCase, logTheoremOneBound } from '../../src/numeric/ctadam/index.js';
import { maxUpdateClaim } from './claim.js';

const rate = { lo: 1e-6, hi: 1 - 1e-6, scale: 'logit' } as const;

export const falsifyTargets: readonly FalsifyTarget[] = [
  {
    id: 'max-update-bound/discrete-worst-case',
    labels: ['theorem-1'],
    statement: 'discrete Adam’s worst case S_n never exceeds theorem 1’s bound (eq. 5)',
    kind: 'ratio',
    objective: 'S_n / bound_n (exact discrete sup of |u_n| over gradient sequences, over the eq. 5 bound)',
    threshold: 1 + maxUpdateClaim.settings.roundingRtol,
    thresholdSource: '1 + roundingRtol (the float64 allowance of bound_holds_B_plus)',
    params: [
      { name: 'beta', ...rate },
      { name: 'gamma', ...rate },
      { name: 'n', lo: 0, hi: maxUpdateClaim.settings.nMax, scale: 'linear', integer: true },
    ],
    scope: 'B+: C(β, γ) > 0 (discrete Adam against the bound, spec 003 §1); B− is outside (continuous approximation)',
    inScope: (p) => cOf(p.beta, p.gamma) > 0,
    evaluate(p) {
      const c = cOf(p.beta, p.gamma);
      if (c === 0) return { value: null, reason: 'C = 0 exactly (B0): bound_0 = 0', detail: { C: c } };
      const logS = logDiscreteWorstCase(p.beta, p.gamma, p.n);
      const logB = logTheoremOneBound(p.beta, p.gamma, p.n);
      const detail = { C: c, S_n: Math.exp(logS), bound_n: Math.exp(logB) };
      if (!Number.isFinite(logS) || !Number.isFinite(logB))
        return { value: null, reason: 'ln S_n or ln bound_n not finite', detail };
      return { value: Math.exp(logS - logB), detail };
    },
  },
];
