/** Shared optimizer contract: optax-style init/step pairs on Float64Array, observable state. */

export interface StepOutput<S> {
  /** θ_{k+1}. */
  readonly params: Float64Array;
  /** The normalised direction (R_k for Adam, u_n for ctadam) before the learning rate. */
  readonly update: Float64Array;
  readonly state: S;
}

export interface Optimizer<S = unknown> {
  readonly name: string;
  init(params: Float64Array): S;
  /** Pure: leaves its arguments alone and returns fresh arrays (a copy, then `stepInPlace`). */
  step(params: Float64Array, grad: Float64Array, state: S): StepOutput<S>;
  /**
   * Allocation-free: θ and the state are updated in place, the direction is written into the preallocated
   * `update` (not aliasing `params` or `grad`). Same arithmetic as `step`, bit for bit.
   */
  stepInPlace(params: Float64Array, grad: Float64Array, state: S, update: Float64Array): void;
}

/** An optimizer given only its in-place kernel; `step` is the copy-then-kernel wrapper. */
export type InPlaceKernel<S> = Omit<Optimizer<S>, 'step'>;

export type EpsPlacement = 'inside-root' | 'outside-root';

/** Throw for a programmer error in hyperparameters (kernels never catch). */
export function assertRate(name: string, value: number, lo = 0, hi = 1, hiOpen = true): void {
  const ok = Number.isFinite(value) && value >= lo && (hiOpen ? value < hi : value <= hi);
  if (!ok) throw new RangeError(`${name} must be in [${lo}, ${hi}${hiOpen ? ')' : ']'}, got ${value}`);
}

export function assertSameLength(a: Float64Array, b: Float64Array): void {
  if (a.length !== b.length) throw new RangeError(`dimension mismatch: ${a.length} vs ${b.length}`);
}

/** θ ← θ − lr·(u + wd·θ), in place, in one plain loop (TypedArray.map with a closure is several times slower in V8). */
export function applyUpdateInPlace(params: Float64Array, update: Float64Array, lr: number, weightDecay = 0): void {
  for (let i = 0; i < params.length; i++) params[i] = params[i] - lr * (update[i] + weightDecay * params[i]);
}

/** A deep copy of a state: numbers as they are, Float64Arrays and arrays of them copied. */
export function copyState<S>(state: S): S {
  const out: Record<string, unknown> = {};
  for (const [key, x] of Object.entries(state as Record<string, unknown>))
    out[key] = x instanceof Float64Array ? x.slice() : Array.isArray(x) ? x.map((a: Float64Array) => a.slice()) : x;
  return out as S;
}

/** Complete an in-place kernel with its pure `step`. */
export function withPureStep<S>(kernel: InPlaceKernel<S>): Optimizer<S> {
  const stepInPlace = (params: Float64Array, grad: Float64Array, state: S, update: Float64Array): void => {
    assertSameLength(params, grad);
    assertSameLength(params, update);
    kernel.stepInPlace(params, grad, state, update);
  };
  return {
    ...kernel,
    stepInPlace,
    step(params, grad, state) {
      const next = { params: params.slice(), update: new Float64Array(params.length), state: copyState(state) };
      stepInPlace(next.params, grad, next.state, next.update);
      return next;
    },
  };
}
