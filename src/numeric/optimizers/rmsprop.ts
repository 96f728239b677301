/** RMSProp (degenerate eqs. 13–14): v ← β2 v + (1 − β2) g², θ ← θ − η g/√v. Adam with β1 = 0. */
import type { EpsPlacement, Optimizer } from './types.js';
import type { AdamState } from './adam.js';
import { adam } from './adam.js';

export interface RmspropOptions {
  readonly lr: number;
  readonly beta2: number;
  readonly eps?: number;
  readonly epsPlacement?: EpsPlacement;
  readonly init?: 'zero' | 'first-gradient';
}

export function rmsprop(opts: RmspropOptions): Optimizer<AdamState> {
  const inner = adam({ ...opts, beta1: 0, biasCorrection: false });
  return { ...inner, name: 'rmsprop' };
}
