/** AdamW (decoupled weight decay): θ ← θ − η (u + λ θ) with u the bias-corrected Adam direction. */
import type { Optimizer } from './types.js';
import { assertSameLength, applyUpdate } from './types.js';
import type { AdamOptions, AdamState } from './adam.js';
import { adam, adamDirection } from './adam.js';

export interface AdamWOptions extends AdamOptions { readonly weightDecay: number }

export function adamw(opts: AdamWOptions): Optimizer<AdamState> {
  const base = adam(opts);
  return {
    name: 'adamw',
    init: base.init,
    step(params, grad, state) {
      assertSameLength(params, grad);
      const { update, state: next } = adamDirection(opts, grad, state);
      const out = applyUpdate(params, update, opts.lr, opts.weightDecay);
      return { params: out, update, state: next };
    },
  };
}
