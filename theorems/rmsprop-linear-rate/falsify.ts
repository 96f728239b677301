/**
 * `verify falsify` target of theorem 5.7 (global linear convergence of RMSProp on x^k/k, spec 004 §6): from
 * any start satisfying the hypotheses, β2 above threshold (20) and a first step that does not overshoot
 * (μ0 < 1, any w0 ∈ (0, 1/(1 − β2)]), the η-free map (μ, w) of App. B reaches μ* = 1 − β2^{1/(2(k−2))}, i.e.
 * |x_{t+1}|/|x_t| → β2^{1/(2(k−2))} (21). The domain goes past both hypotheses (β2 to half the threshold,
 * μ0 to 2), where breaks are informational: spec 004 §6 names the SignGD 2-cycle there.
 */
import type { FalsifyEvaluation, FalsifyTarget } from '../../src/core/falsify.js';
import { stepNormalised } from '../../src/numeric/degenerate/normalised-map.js';
import type { NormState } from '../../src/numeric/degenerate/normalised-map.js';
import { rmspropBeta2Threshold } from '../../src/numeric/degenerate/sharpness-map.js';
import { num } from '../../src/core/settings.js';
import { rmspropRateClaim } from './claim.js';

const steps = 100_000;
const tail = 16;

/**
 * After `steps` steps of App. B's map from (μ0, w0): the relative distance of (μ, w) to (μ*, 0), |f′(μ*)|, and
 * what certifies the limit: 'converged' (distance < tol), 'periodic' (the SignGD 2-cycle μ = 2, w = 1, or μ
 * and w cycling with a period 2…8 to 1e-10; bounded chaos below (20) is not certified), 'escaped' (μ > 1e6 or
 * not finite), or 'undecided': still in transit (slow passages, e.g. μ ≈ 0 with w ≈ 1 while v tracks g², outlast
 * any fixed horizon), or x reached 0 and a step had to be clamped (the state left the map's domain).
 */
function fate(k: number, beta2: number, mu0: number, w0: number, tol: number) {
  const s: NormState = { omega: 1, lnMu: Math.log(mu0), lnW: Math.log(w0), lnX: 0 };
  const p = { k, beta1: 0, beta2 };
  const last: number[] = [];
  const lastW: number[] = [];
  let clamped = 0;
  for (let t = 0; t < steps; t++) {
    if (Number.isNaN(stepNormalised(p, s))) clamped++;
    if (t >= steps - tail) {
      last.push(Math.exp(s.lnMu));
      lastW.push(Math.exp(s.lnW));
    }
  }
  const q = beta2 ** (1 / (2 * (k - 2)));
  const mu = Math.exp(s.lnMu);
  const w = Math.exp(s.lnW);
  const distance = Math.max(Math.abs(mu / (1 - q) - 1), w);
  const contraction = Math.abs(k - 1 - (k - 2) / q);
  const repeatsIn = (xs: number[], period: number) =>
    xs.slice(period).every((x, i) => Math.abs(x - xs[i]) <= 1e-10 * Math.max(x, xs[i]) || x === xs[i]);
  // the orbit of (μ, w): both coordinates repeat with the period
  const repeats = (period: number) => repeatsIn(last, period) && repeatsIn(lastW, period);
  const period = [1, 2, 3, 4, 5, 6, 7, 8].find(repeats);
  // a cycle certifies itself only if μ really moves on it (a slow transit also repeats to 1e-10 a step);
  // μ standing still counts only at the SignGD 2-cycle μ = 2, w = 1 (x alternates sign, spec 004 §6)
  const spread = Math.max(...last) / Math.min(...last) - 1;
  const signGd = period === 1 && Math.abs(mu - 2) < 1e-6 && Math.abs(w - 1) < 1e-6;
  const cycle = period !== undefined && period > 1 && spread > 1e-3;
  const limit =
    clamped > 0
      ? 'undecided'
      : distance < tol
        ? 'converged'
        : !Number.isFinite(mu) || mu > 1e6
          ? 'escaped'
          : signGd || cycle
            ? 'periodic'
            : 'undecided';
  return { mu, w, distance, contraction, limit, period: period ?? 0, clamped };
}

export const falsifyTargets: readonly FalsifyTarget[] = [
  {
    id: 'rmsprop-linear-rate/global-convergence',
    labels: ['theorem-5.7'],
    statement:
      'RMSProp on x^k/k (k ≥ 4 even) from any start with β2 > ((k−2)/k)^{2(k−2)} and μ0 < 1 converges linearly at rate β2^{1/(2(k−2))}',
    kind: 'disagreement',
    objective: `log10(relative distance of (μ, w) to (μ*, 0) after ${steps} steps ÷ 10⁻⁶), counted only where the limit is certified: converged (≤ 0), or a periodic orbit or escape (> 0); an orbit still in transit is not computable`,
    threshold: 0,
    thresholdSource: "the module's convergence test (convergedTol 1e-6, as rmsprop_global_convergence_fraction)",
    params: [
      { name: 'half_k', lo: 2, hi: 6, scale: 'linear', integer: true },
      { name: 'beta2', lo: 0.01, hi: 0.999, scale: 'logit' },
      { name: 'mu0', lo: 1e-4, hi: 2, scale: 'log' },
      { name: 'w0_fraction', lo: 1e-9, hi: 1, scale: 'log' },
    ],
    scope: 'β2 > ((k−2)/k)^{2(k−2)} (20) and μ0 < 1 (the first step does not overshoot), k = 2·half_k ∈ {4, …, 12}',
    inScope: (p) => p.beta2 > rmspropBeta2Threshold(2 * p.half_k) && p.mu0 < 1,
    evaluate(p): FalsifyEvaluation {
      const k = 2 * p.half_k;
      const tol = num(rmspropRateClaim, 'convergedTol');
      const f = fate(k, p.beta2, p.mu0, p.w0_fraction / (1 - p.beta2), tol);
      const { mu, w, distance, contraction, period, clamped } = f;
      const detail = { k, mu_final: mu, w_final: w, distance, contraction, period, clamped };
      if (f.limit === 'undecided')
        return {
          value: null,
          reason:
            clamped > 0
              ? `x reached 0 (${clamped} clamped steps): outside the map's domain`
              : `still in transit after ${steps} steps (distance ${distance.toPrecision(3)} to the fixed point, no period ≤ 8): the horizon cannot decide`,
          detail,
        };
      const value = f.limit === 'escaped' ? 30 : Math.max(-30, Math.min(30, Math.log10(distance / tol)));
      return { value, detail };
    },
  },
];
