/**
 * Adam. `biasCorrection: false` is the paper form of gsi eqs. (1)–(3) and degenerate eq. (2):
 * R_k = m_k / √(v_k + ε); `true` is PyTorch/ctadam: u_n = √(1 − β2^{n+1})/(1 − β1^{n+1}) · m_n/(√v_n + ε).
 * `init: 'first-gradient'` starts from m = g0, v = g0² (degenerate initialisation (G)).
 */
import type { EpsPlacement, Optimizer } from './types.js';
import { assertRate, assertSameLength, applyUpdate } from './types.js';
import { biasCorrection } from './moments.js';

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

/** One Adam moment update + normalised direction, shared by AdamW and RMSProp (one fused pass). */
export function adamDirection(opts: AdamOptions, grad: Float64Array, state: AdamState): { update: Float64Array; state: AdamState } {
  const n = grad.length;
  const fromGradient = state.step === 0 && opts.init === 'first-gradient';
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const update = new Float64Array(n);
  const { beta1, beta2 } = opts;
  const t = state.step + 1;
  const c = opts.biasCorrection ? biasCorrection(beta1, beta2, t) : 1;
  const eps = opts.eps ?? 0;
  const inside = (opts.epsPlacement ?? 'outside-root') === 'inside-root';
  for (let i = 0; i < n; i++) {
    const g = grad[i];
    const m0 = fromGradient ? g : state.m[i];
    const v0 = fromGradient ? g * g : state.v[i];
    const mi = beta1 * m0 + (1 - beta1) * g;
    const vi = beta2 * v0 + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    const den = inside ? Math.sqrt(vi + eps) : Math.sqrt(vi) + eps;
    update[i] = den === 0 ? 0 : (c * mi) / den;
  }
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
      return { params: applyUpdate(params, update, opts.lr), update, state: next };
    },
  };
}
