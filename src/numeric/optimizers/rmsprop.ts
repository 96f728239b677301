/**
 * RMSProp (degenerate eqs. 13–14): v ← β2 v + (1 − β2) g², θ ← θ − η g/(√v + ε) (or g/√(v + ε) with
 * `epsPlacement: 'inside-root'`). Adam with β1 = 0 and no bias correction.
 * `convention: 'pytorch'` is torch.optim.RMSprop (centered off, momentum 0, weight decay 0, α = β2):
 * square_avg = α·square_avg + (1 − α)g², θ ← θ − lr·g/(√square_avg + ε). With ε outside the root and
 * zero initial v that is the `'paper'` arithmetic exactly; `epsPlacement: 'inside-root'` or
 * `init: 'first-gradient'` contradict it and are rejected.
 */
import type { EpsPlacement, Optimizer } from './types.js';
import type { AdamState, OptimizerConvention } from './adam.js';
import { adam, assertPytorchCompatible } from './adam.js';

export interface RmspropOptions {
  readonly lr: number;
  readonly beta2: number;
  readonly eps?: number;
  readonly epsPlacement?: EpsPlacement;
  readonly init?: 'zero' | 'first-gradient';
  /** Default `'paper'`. */
  readonly convention?: OptimizerConvention;
}

export function rmsprop(opts: RmspropOptions): Optimizer<AdamState> {
  const pytorch = opts.convention === 'pytorch';
  if (pytorch) assertPytorchCompatible(opts, 'rmsprop');
  // both conventions run the 'paper' kernel: with β1 = 0, no bias correction, ε outside the root they coincide
  const inner = adam({ ...opts, beta1: 0, biasCorrection: false, convention: 'paper' });
  return { ...inner, name: pytorch ? 'rmsprop-pytorch' : 'rmsprop' };
}
