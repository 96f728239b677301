/**
 * Adam. `biasCorrection: false` is the paper form of gsi eqs. (1)–(3) and degenerate eq. (2):
 * R_k = m_k / √(v_k + ε); `true` is PyTorch/ctadam: u_n = √(1 − β2^{n+1})/(1 − β1^{n+1}) · m_n/(√v_n + ε).
 * `init: 'first-gradient'` starts from m = g0, v = g0² (degenerate initialisation (G)).
 */
import type { EpsPlacement, Optimizer } from './types.js';
import { assertRate, assertSameLength } from './types.js';
import { biasCorrection, normalise, updateFirstMoment, updateSecondMoment } from './moments.js';

export interface AdamOptions {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps?: number;
  readonly epsPlacement?: EpsPlacement;
  readonly biasCorrection?: boolean;
  readonly init?: 'zero' | 'first-gradient';
}
export type AdamState = { readonly step: number; readonly m: Float64Array; readonly v: Float64Array };

/** One Adam moment update + normalised direction, shared by AdamW and RMSProp. */
export function adamDirection(opts: AdamOptions, grad: Float64Array, state: AdamState): { update: Float64Array; state: AdamState } {
  let m = Float64Array.from(state.m);
  let v = Float64Array.from(state.v);
  if (state.step === 0 && opts.init === 'first-gradient') {
    m = Float64Array.from(grad);
    v = grad.map((g) => g * g);
  }
  updateFirstMoment(m, grad, opts.beta1);
  updateSecondMoment(v, grad, opts.beta2);
  const t = state.step + 1;
  const c = opts.biasCorrection ? biasCorrection(opts.beta1, opts.beta2, t) : 1;
  const update = new Float64Array(grad.length);
  normalise(update, m, v, c, opts.eps ?? 0, opts.epsPlacement ?? 'outside-root');
  return { update, state: { step: t, m, v } };
}

export function adam(opts: AdamOptions): Optimizer<AdamState> {
  assertRate('beta1', opts.beta1);
  assertRate('beta2', opts.beta2);
  return {
    name: opts.biasCorrection ? 'adam' : 'adam-raw',
    init: (p) => ({ step: 0, m: new Float64Array(p.length), v: new Float64Array(p.length) }),
    step(params, grad, state) {
      assertSameLength(params, grad);
      const { update, state: next } = adamDirection(opts, grad, state);
      return { params: params.map((p, i) => p - opts.lr * update[i]), update, state: next };
    },
  };
}
