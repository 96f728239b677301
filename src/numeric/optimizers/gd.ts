/** Gradient descent: θ ← θ − η g. */
import type { Optimizer } from './types.js';
import { assertSameLength, applyUpdate } from './types.js';

export interface GdOptions {
  readonly lr: number;
}
export type GdState = { readonly step: number };

export function gd(opts: GdOptions): Optimizer<GdState> {
  return {
    name: 'gd',
    init: () => ({ step: 0 }),
    step(params, grad, state) {
      assertSameLength(params, grad);
      const update = Float64Array.from(grad);
      const next = applyUpdate(params, update, opts.lr);
      return { params: next, update, state: { step: state.step + 1 } };
    },
  };
}
