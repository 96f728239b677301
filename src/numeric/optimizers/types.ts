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
  step(params: Float64Array, grad: Float64Array, state: S): StepOutput<S>;
}

export type EpsPlacement = 'inside-root' | 'outside-root';

/** Throw for a programmer error in hyperparameters (kernels never catch). */
export function assertRate(name: string, value: number, lo = 0, hi = 1, hiOpen = true): void {
  const ok = Number.isFinite(value) && value >= lo && (hiOpen ? value < hi : value <= hi);
  if (!ok) throw new RangeError(`${name} must be in [${lo}, ${hi}${hiOpen ? ')' : ']'}, got ${value}`);
}

export function assertSameLength(a: Float64Array, b: Float64Array): void {
  if (a.length !== b.length) throw new RangeError(`dimension mismatch: ${a.length} vs ${b.length}`);
}

/** θ − lr·(u + wd·θ), in one plain loop (TypedArray.map with a closure is several times slower in V8). */
export function applyUpdate(params: Float64Array, update: Float64Array, lr: number, weightDecay = 0): Float64Array {
  const out = new Float64Array(params.length);
  for (let i = 0; i < params.length; i++) out[i] = params[i] - lr * (update[i] + weightDecay * params[i]);
  return out;
}
