/** Heavy-ball momentum, EMA form (degenerate §5): m ← β m + (1 − β) g, θ ← θ − η m. */
import type { Optimizer } from './types.js';
import { applyUpdateInPlace, assertRate, withPureStep } from './types.js';
import { updateFirstMoment } from './moments.js';

export interface HeavyBallOptions {
  readonly lr: number;
  readonly momentum: number;
}
export type HeavyBallState = { step: number; readonly m: Float64Array };

export function heavyBall(opts: HeavyBallOptions): Optimizer<HeavyBallState> {
  assertRate('momentum', opts.momentum);
  return withPureStep({
    name: 'heavy-ball',
    init: (p) => ({ step: 0, m: new Float64Array(p.length) }),
    stepInPlace(params, grad, state, update) {
      // momentum 0 must reduce exactly to GD, so with β = 0 m = g.
      updateFirstMoment(state.m, grad, opts.momentum);
      update.set(state.m);
      applyUpdateInPlace(params, update, opts.lr);
      state.step++;
    },
  });
}
