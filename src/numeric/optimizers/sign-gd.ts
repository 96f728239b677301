/** SignGD: θ ← θ − η sign(g) (the β1 = β2 = 0 limit of Adam, degenerate §0). */
import type { Optimizer } from './types.js';
import { applyUpdateInPlace, withPureStep } from './types.js';

export interface SignGdOptions {
  readonly lr: number;
}
export type SignGdState = { step: number };

export function signGd(opts: SignGdOptions): Optimizer<SignGdState> {
  return withPureStep({
    name: 'sign-gd',
    init: () => ({ step: 0 }),
    stepInPlace(params, grad, state, update) {
      for (let i = 0; i < grad.length; i++) update[i] = Math.sign(grad[i]);
      applyUpdateInPlace(params, update, opts.lr);
      state.step++;
    },
  });
}
