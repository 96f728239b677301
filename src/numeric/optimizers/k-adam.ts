/**
 * k-Adam (ctadam algorithm 1): k adaptive normalisations in succession, level i with (β_i, γ_i);
 * paper β = second-moment rate (beta2), paper γ = first-moment rate (beta1).
 */
import type { Optimizer } from './types.js';
import { applyUpdateInPlace, assertRate, withPureStep } from './types.js';
import { biasCorrection, normalise, updateFirstMoment, updateSecondMoment } from './moments.js';

export interface KAdamLevel {
  readonly beta1: number;
  readonly beta2: number;
}
export interface KAdamOptions {
  readonly lr: number;
  readonly levels: readonly KAdamLevel[];
  readonly eps?: number;
  readonly weightDecay?: number;
  readonly coupled?: boolean;
}
export type KAdamState = {
  step: number;
  readonly m: readonly Float64Array[];
  readonly v: readonly Float64Array[];
  /** u^{(i)} of the last step, i = 1..k, for the per-level max-update bound (theorem 3). */
  readonly levelUpdates: readonly Float64Array[];
};

/** The four hyperparameter strategies of ctadam §4.3, from (β̃, γ̃). */
export const kAdamStrategies = {
  'inverse-exp': (b: number, k: number) => 1 - (1 - b) ** (1 / k),
  exp: (b: number, k: number) => b ** k,
  scaled: (b: number, k: number) => b / k,
  naive: (b: number) => b,
} as const satisfies Record<string, (b: number, k: number) => number>;
export type KAdamStrategy = keyof typeof kAdamStrategies;

export function kAdamLevels(strategy: KAdamStrategy, k: number, beta1 = 0.9, beta2 = 0.999): KAdamLevel[] {
  const f = kAdamStrategies[strategy];
  return Array.from({ length: k }, () => ({ beta1: f(beta1, k), beta2: f(beta2, k) }));
}

export function kAdam(opts: KAdamOptions): Optimizer<KAdamState> {
  for (const [i, l] of opts.levels.entries()) {
    assertRate(`levels[${i}].beta1`, l.beta1);
    assertRate(`levels[${i}].beta2`, l.beta2);
  }
  const eps = opts.eps ?? 1e-30;
  const wd = opts.weightDecay ?? 0;
  const k = opts.levels.length;
  return withPureStep({
    name: `${k}-adam`,
    init: (p) => ({
      step: 0,
      m: opts.levels.map(() => new Float64Array(p.length)),
      v: opts.levels.map(() => new Float64Array(p.length)),
      levelUpdates: opts.levels.map(() => new Float64Array(p.length)),
    }),
    stepInPlace(params, grad, state, update) {
      // level 1 normalises ĝ = g (+ λθ when coupled); `update` holds ĝ until the last level's u^{(k)} replaces it
      let gHat = grad;
      if (opts.coupled || k === 0) {
        for (let i = 0; i < grad.length; i++) update[i] = opts.coupled ? grad[i] + wd * params[i] : grad[i];
        gHat = update;
      }
      const t = state.step + 1;
      for (let i = 0; i < k; i++) {
        const l = opts.levels[i];
        updateFirstMoment(state.m[i], gHat, l.beta1);
        updateSecondMoment(state.v[i], gHat, l.beta2);
        normalise(
          state.levelUpdates[i],
          state.m[i],
          state.v[i],
          biasCorrection(l.beta1, l.beta2, t),
          eps,
          'outside-root',
        );
        gHat = state.levelUpdates[i];
      }
      if (k > 0) update.set(gHat);
      state.step = t;
      applyUpdateInPlace(params, update, opts.lr, opts.coupled ? 0 : wd);
    },
  });
}
