/** SignGD: θ ← θ − η sign(g) (the β1 = β2 = 0 limit of Adam, degenerate §0). */
import type { Optimizer } from './types.js';
import { assertSameLength, applyUpdate } from './types.js';

export interface SignGdOptions {
  readonly lr: number;
}
export type SignGdState = { readonly step: number };

export function signGd(opts: SignGdOptions): Optimizer<SignGdState> {
  return {
    name: 'sign-gd',
    init: () => ({ step: 0 }),
    step(params, grad, state) {
      assertSameLength(params, grad);
      const update = grad.map((g) => Math.sign(g));
      const next = applyUpdate(params, update, opts.lr);
      return { params: next, update, state: { step: state.step + 1 } };
    },
  };
}
