/**
 * AdamW (decoupled weight decay), in Adam's two conventions:
 * - `'paper'` (default): θ ← θ − η (u + λ θ), u the Adam direction of the `'paper'` convention
 *   (with `biasCorrection: true`, ctadam's u_n with ε added to the uncorrected √v);
 * - `'pytorch'`: torch.optim.AdamW, θ ← θ(1 − ηλ) first, then θ ← θ − η m̂/(√v̂ + ε).
 * With the same direction u the two orders agree in exact arithmetic; they differ in rounding only.
 */
import type { Optimizer } from './types.js';
import { withPureStep } from './types.js';
import type { AdamOptions, AdamState } from './adam.js';
import { adam, adamDirectionInPlace } from './adam.js';

export interface AdamWOptions extends AdamOptions {
  readonly weightDecay: number;
}

export function adamw(opts: AdamWOptions): Optimizer<AdamState> {
  const base = adam(opts);
  const pytorch = opts.convention === 'pytorch';
  // torch: param.mul_(1 − lr·λ); param.addcdiv_(m, denom, value = −lr/(1 − β1^t))
  const decay = 1 - opts.lr * opts.weightDecay;
  return withPureStep({
    name: pytorch ? 'adamw-pytorch' : 'adamw',
    init: base.init,
    stepInPlace(params, grad, state, update) {
      if (!pytorch) return adamDirectionInPlace(opts, grad, state, update, params, opts.lr, opts.weightDecay);
      adamDirectionInPlace(opts, grad, state, update);
      for (let i = 0; i < params.length; i++) params[i] = params[i] * decay - opts.lr * update[i];
    },
  });
}
