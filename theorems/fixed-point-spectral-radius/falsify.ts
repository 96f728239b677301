/**
 * `verify falsify` target of remark 4.2 (strong form): "stability for k = 4 implies stability for all k ≥ 4",
 * tested against k = 6 with the fixed point's spectral radius ρ(J) = max(ρ(A), q*) (closed form, spec 004 §3).
 * Objective: min(1 − ρ₄, ρ₆ − 1), > 0 exactly where k = 4 is stable and k = 6 is not (a signed distance across
 * both claimed boundaries). Where a fixed point does not exist, ρ is replaced by the momentum ratio a ≥ 1
 * (existence iff a < 1), so the objective stays finite and negative for k = 4. The paper's parameter space
 * β1, β2 ∈ (0, 1), searched in logit coordinates 10⁻⁶ from either end; the remark states it everywhere there.
 */
import type { FalsifyEvaluation, FalsifyTarget } from '../../src/core/falsify.js';
import { num } from '../../src/core/settings.js';
import { momentumRatio, simulateAdam, spectralRadiusJ, theoryRegime } from '../../src/numeric/degenerate/index.js';
import { fixedPointClaim } from './claim.js';

const rate = { lo: 1e-6, hi: 1 - 1e-6, scale: 'logit' } as const;

/** ρ(J) where the fixed point exists, else the momentum ratio a ≥ 1. */
function rhoOrRatio(k: number, beta1: number, beta2: number): number {
  const r = spectralRadiusJ(k, beta1, beta2);
  return Number.isNaN(r) ? momentumRatio(k, beta1, beta2) : r;
}

export const falsifyTargets: readonly FalsifyTarget[] = [
  {
    id: 'fixed-point-spectral-radius/remark-4.2-k6',
    labels: ['remark-4.2', 'theorem-4.1'],
    statement: 'a (β1, β2) stable for k = 4 is stable for k = 6 (remark 4.2, full conditions)',
    kind: 'boundary',
    objective: 'min(1 − ρ(J; k = 4), ρ(J; k = 6) − 1): > 0 ⇔ stable at k = 4 and unstable at k = 6',
    threshold: 0,
    thresholdSource: 'ρ(J) = 1, the stability boundary of theorem 4.1(ii)',
    params: [
      { name: 'beta1', ...rate },
      { name: 'beta2', ...rate },
    ],
    scope: 'β1, β2 ∈ (0, 1) (the remark is stated for every β)',
    inScope: () => true,
    evaluate(p) {
      const r4 = rhoOrRatio(4, p.beta1, p.beta2);
      const r6 = rhoOrRatio(6, p.beta1, p.beta2);
      return {
        value: Math.min(1 - r4, r6 - 1),
        detail: {
          rho_k4: r4,
          rho_k6: r6,
          regime_k4: theoryRegime(4, p.beta1, p.beta2),
          regime_k6: theoryRegime(6, p.beta1, p.beta2),
        },
      };
    },
  },
  {
    id: 'fixed-point-spectral-radius/remark-4.2-any-k',
    labels: ['remark-4.2', 'theorem-4.1'],
    statement: 'a (β1, β2) stable for k = 4 is stable for every even k from 6 to 16 (remark 4.2, full conditions)',
    kind: 'boundary',
    objective:
      'max over even k ∈ [6, 16] of min(1 − ρ(J; k = 4), ρ(J; k) − 1): > 0 ⇔ stable at k = 4, unstable at some k',
    threshold: 0,
    thresholdSource: 'ρ(J) = 1, the stability boundary of theorem 4.1(ii)',
    params: [
      { name: 'beta1', ...rate },
      { name: 'beta2', ...rate },
    ],
    scope: 'β1, β2 ∈ (0, 1) (the remark is stated for every β and every k ≥ 4)',
    inScope: () => true,
    evaluate(p) {
      const r4 = rhoOrRatio(4, p.beta1, p.beta2);
      let best = { k: 6, value: -Infinity, rho: NaN };
      for (let k = 6; k <= 16; k += 2) {
        const rk = rhoOrRatio(k, p.beta1, p.beta2);
        const value = Math.min(1 - r4, rk - 1);
        if (value > best.value) best = { k, value, rho: rk };
      }
      return { value: best.value, detail: { k: best.k, rho_k4: r4, rho_k: best.rho } };
    },
  },
  {
    // spec 004 D3: theorem 4.1(ii) is local; whether a stable cell converges from the paper's start is not claimed
    id: 'fixed-point-spectral-radius/stable-from-paper-start',
    labels: ['theorem-4.1', 'theorem-6.1'],
    statement:
      "a locally stable (β1, β2) (ρ(J) < 1, k = 4) converges to the fixed point from the paper's start x0 = 1, η = 10⁻³",
    kind: 'disagreement',
    objective:
      'min(1 − ρ(J; k = 4), log10(distance to the fixed point after T steps ÷ 10⁻⁶)): > 0 ⇔ stable in theory, not converged in simulation',
    threshold: 0,
    thresholdSource: "spec 004 §9.4's convergence test: relative distance < 10⁻⁶ after T = 20 000 steps",
    params: [
      { name: 'beta1', ...rate },
      { name: 'beta2', ...rate },
    ],
    scope: 'none: theorem 4.1(ii) is a local statement (a break here is informational, spec 004 D3)',
    inScope: () => false,
    evaluate(p): FalsifyEvaluation {
      const c = fixedPointClaim;
      const steps = num(c, 'cornerStepsQuick');
      const rho = rhoOrRatio(4, p.beta1, p.beta2);
      // T too short to tell "not converged" from "slow": the EMAs need 50 τ, a contraction ρ^T must reach e^{-30}
      const tau = 1 / Math.min(1 - p.beta1, 1 - p.beta2);
      if (rho < 1 && (steps < 50 * tau || steps * -Math.log(rho) < 30))
        return {
          value: null,
          reason: `T = ${steps} steps is too short to judge convergence here (τ or 1/|ln ρ| too long)`,
        };
      if (rho >= 1) return { value: 1 - rho, detail: { rho_k4: rho } };
      const r = simulateAdam(
        { k: 4, beta1: p.beta1, beta2: p.beta2 },
        { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, earlyExitTol: num(c, 'earlyExitTol') },
      );
      const miss = r.earlyExit ? -Infinity : Math.log10(r.distance / num(c, 'convergedTol'));
      return {
        value: Math.max(-30, Math.min(1 - rho, miss)),
        detail: {
          rho_k4: rho,
          distance: r.distance,
          steps_run: r.stepsRun,
          final_abs_x_over_eta: Math.exp(r.lnX) / num(c, 'eta'),
        },
      };
    },
  },
];
