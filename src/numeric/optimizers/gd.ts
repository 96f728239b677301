/** Gradient descent: θ ← θ − η g. */
import type { Optimizer } from './types.js';
import { applyUpdateInPlace, withPureStep } from './types.js';

export interface GdOptions {
  readonly lr: number;
}
export type GdState = { step: number };

export function gd(opts: GdOptions): Optimizer<GdState> {
  return withPureStep({
    name: 'gd',
    init: () => ({ step: 0 }),
    stepInPlace(params, grad, state, update) {
      update.set(grad);
      applyUpdateInPlace(params, update, opts.lr);
      state.step++;
    },
  });
}
