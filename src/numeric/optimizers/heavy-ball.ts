/** Heavy-ball momentum, EMA form (degenerate §5): m ← β m + (1 − β) g, θ ← θ − η m. */
import type { Optimizer } from './types.js';
import { assertRate, assertSameLength, applyUpdate } from './types.js';
import { updateFirstMoment } from './moments.js';

export interface HeavyBallOptions {
  readonly lr: number;
  readonly momentum: number;
}
export type HeavyBallState = { readonly step: number; readonly m: Float64Array };

export function heavyBall(opts: HeavyBallOptions): Optimizer<HeavyBallState> {
  assertRate('momentum', opts.momentum);
  return {
    name: 'heavy-ball',
    init: (p) => ({ step: 0, m: new Float64Array(p.length) }),
    step(params, grad, state) {
      assertSameLength(params, grad);
      const m = Float64Array.from(state.m);
      // momentum 0 must reduce exactly to GD, so with β = 0 m = g.
      updateFirstMoment(m, grad, opts.momentum);
      const next = applyUpdate(params, m, opts.lr);
      return { params: next, update: Float64Array.from(m), state: { step: state.step + 1, m } };
    },
  };
}
