/**
 * Adam, in two named conventions (`convention`, default `'paper'`):
 *
 * - `'paper'` (default; every existing number uses it): the recurrences of gsi eqs. (1)–(3) and
 *   degenerate eq. (2), m ← β1 m + (1 − β1) g, v ← β2 v + (1 − β2) g², R = c · m / den with
 *   den = √v + ε (`epsPlacement: 'outside-root'`, default) or √(v + ε) (`'inside-root'`, gsi eq. 3).
 *   `biasCorrection: false` gives c = 1 (gsi's raw form); `true` gives ctadam eq. (1)'s factor
 *   c = √(1 − β2^t)/(1 − β1^t), i.e. u = √(1 − β2^t)/(1 − β1^t) · m/(√v + ε): ε is added to the
 *   *uncorrected* √v. `init: 'first-gradient'` starts from m = g0, v = g0² (degenerate initialisation (G)).
 * - `'pytorch'`: torch.optim.Adam (amsgrad off), R = m̂/(√v̂ + ε) with m̂ = m/(1 − β1^t),
 *   v̂ = v/(1 − β2^t): ε is added *after* bias-correcting v. In the uncorrected form that is
 *   c · m/(√v + ε√(1 − β2^t)), so it differs from `'paper'` with bias correction unless ε = 0.
 *   Bias correction, ε outside the root and zero initial moments are part of the convention:
 *   `biasCorrection: false`, `epsPlacement: 'inside-root'` or `init: 'first-gradient'` with it
 *   are rejected. Checked step by step against torch.optim in test/fixtures/pytorch/.
 */
import type { EpsPlacement, Optimizer } from './types.js';
import { applyUpdateInPlace, assertRate, withPureStep } from './types.js';
import { biasCorrection } from './moments.js';

/** `'paper'`: the kernels' own forms (gsi / ctadam / degenerate); `'pytorch'`: torch.optim's arithmetic. */
export type OptimizerConvention = 'paper' | 'pytorch';

export interface AdamOptions {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps?: number;
  readonly epsPlacement?: EpsPlacement;
  readonly biasCorrection?: boolean;
  readonly init?: 'zero' | 'first-gradient';
  /** Default `'paper'`. */
  readonly convention?: OptimizerConvention;
}
/** Mutable: `stepInPlace` advances it; the pure `step` returns a new one. */
export type AdamState = { step: number; readonly m: Float64Array; readonly v: Float64Array };

/** Throw for options that contradict `convention: 'pytorch'` (a programmer error, like a bad rate). */
export function assertPytorchCompatible(
  opts: Pick<AdamOptions, 'biasCorrection' | 'epsPlacement' | 'init'>,
  kernel: string,
): void {
  if (opts.epsPlacement === 'inside-root')
    throw new RangeError(
      `${kernel}: convention 'pytorch' adds ε outside the root; epsPlacement 'inside-root' contradicts it`,
    );
  if (opts.init === 'first-gradient')
    throw new RangeError(
      `${kernel}: convention 'pytorch' starts from zero moments; init 'first-gradient' contradicts it`,
    );
  if (kernel !== 'rmsprop' && opts.biasCorrection === false)
    throw new RangeError(`${kernel}: convention 'pytorch' is bias-corrected; biasCorrection false contradicts it`);
}

/**
 * One Adam moment update + normalised direction, in place: m, v and `state.step` advance, the direction goes into
 * `update`; given `params`, θ ← θ − lr·(u + wd·θ) in the same pass. Shared by AdamW and RMSProp.
 */
export function adamDirectionInPlace(
  opts: AdamOptions,
  grad: Float64Array,
  state: AdamState,
  update: Float64Array,
  params?: Float64Array,
  lr = 0,
  weightDecay = 0,
): void {
  if (opts.convention === 'pytorch') {
    pytorchDirection(opts, grad, state, update);
    if (params) applyUpdateInPlace(params, update, lr, weightDecay);
    return;
  }
  const n = grad.length;
  const { m, v } = state;
  const { beta1, beta2 } = opts;
  const t = state.step + 1;
  const c = opts.biasCorrection ? biasCorrection(beta1, beta2, t) : 1;
  const eps = opts.eps ?? 0;
  const inside = (opts.epsPlacement ?? 'outside-root') === 'inside-root';
  if (state.step === 0 && opts.init === 'first-gradient')
    for (let i = 0; i < n; i++) {
      m[i] = grad[i];
      v[i] = grad[i] * grad[i];
    }
  state.step = t;
  // one loop per case, so no hot loop branches on the options (V8 does not unswitch them)
  if (params && !inside)
    for (let i = 0; i < n; i++) {
      const g = grad[i];
      const mi = beta1 * m[i] + (1 - beta1) * g;
      const vi = beta2 * v[i] + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const den = Math.sqrt(vi) + eps;
      const u = den === 0 ? 0 : (c * mi) / den;
      update[i] = u;
      params[i] = params[i] - lr * (u + weightDecay * params[i]);
    }
  else if (inside)
    for (let i = 0; i < n; i++) {
      const g = grad[i];
      const mi = beta1 * m[i] + (1 - beta1) * g;
      const vi = beta2 * v[i] + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const den = Math.sqrt(vi + eps);
      update[i] = den === 0 ? 0 : (c * mi) / den;
    }
  else
    for (let i = 0; i < n; i++) {
      const g = grad[i];
      const mi = beta1 * m[i] + (1 - beta1) * g;
      const vi = beta2 * v[i] + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const den = Math.sqrt(vi) + eps;
      update[i] = den === 0 ? 0 : (c * mi) / den;
    }
  if (params && inside) applyUpdateInPlace(params, update, lr, weightDecay);
}

/** The pure form of `adamDirectionInPlace`: the state is copied, the direction freshly allocated. */
export function adamDirection(
  opts: AdamOptions,
  grad: Float64Array,
  state: AdamState,
): { update: Float64Array; state: AdamState } {
  const next = { step: state.step, m: state.m.slice(), v: state.v.slice() };
  const update = new Float64Array(grad.length);
  adamDirectionInPlace(opts, grad, next, update);
  return { update, state: next };
}

/**
 * torch.optim.Adam's direction m̂/(√v̂ + ε), in its order of operations (torch 1.13–2.x
 * `_single_tensor_adam`): denom = √v / √(1 − β2^t) + ε, update = (m / (1 − β1^t)) / denom.
 */
function pytorchDirection(opts: AdamOptions, grad: Float64Array, state: AdamState, update: Float64Array): void {
  assertPytorchCompatible(opts, 'adam');
  const n = grad.length;
  const { m, v } = state;
  const { beta1, beta2 } = opts;
  const t = state.step + 1;
  const c1 = 1 - beta1 ** t;
  const c2Sqrt = Math.sqrt(1 - beta2 ** t);
  const eps = opts.eps ?? 0;
  state.step = t;
  for (let i = 0; i < n; i++) {
    const g = grad[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    const den = Math.sqrt(vi) / c2Sqrt + eps;
    update[i] = den === 0 ? 0 : mi / c1 / den;
  }
}

export function adam(opts: AdamOptions): Optimizer<AdamState> {
  assertRate('beta1', opts.beta1);
  assertRate('beta2', opts.beta2);
  const pytorch = opts.convention === 'pytorch';
  if (pytorch) assertPytorchCompatible(opts, 'adam');
  return withPureStep({
    name: pytorch ? 'adam-pytorch' : opts.biasCorrection ? 'adam' : 'adam-raw',
    init: (p) => ({ step: 0, m: new Float64Array(p.length), v: new Float64Array(p.length) }),
    stepInPlace(params, grad, state, update) {
      adamDirectionInPlace(opts, grad, state, update, params, opts.lr);
    },
  });
}
