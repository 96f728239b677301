/**
 * Discrete Adam (the float64 kernel, driven by g(kΔt)) against the Adam flow (gsi eq. 4) integrated by odex:
 * max_k |R_k − R(kΔt)| over a window after the transient, and the same gap before the window.
 */
import { integrateOdeOrThrow } from '../ode/index.js';
import { adam } from '../optimizers/index.js';
import type { AdamOptions } from '../optimizers/index.js';
import { adamFlowProblem } from './adam-flow.js';
import type { AdamFlowParams } from './adam-flow.js';
import type { Signal } from './signals.js';

export interface DiscreteRun {
  /** Step Δt; the discrete update R_k is compared with the flow at t = kΔt. */
  readonly dt: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly biasCorrection: boolean;
  readonly init: 'zero' | 'first-gradient';
  /** The window [windowStart, windowEnd] in flow time. */
  readonly windowStart: number;
  readonly windowEnd: number;
  /** At most this many comparison times in the window (and as many before it). */
  readonly samples: number;
  readonly rtol: number;
}

export interface DiscreteGap {
  /** max |R_k − R(kΔt)| over the window. */
  readonly gap: number;
  /** max |R_k − R(kΔt)| over the sampled times before the window (the transient). */
  readonly transientGap: number;
  readonly steps: number;
  readonly nfev: number;
}

/** Sampled step indices in [from, to], at most `samples` of them. */
function indices(from: number, to: number, samples: number): number[] {
  const every = Math.max(1, Math.floor((to - from) / samples));
  const ks: number[] = [];
  for (let k = from; k <= to; k += every) ks.push(k);
  return ks;
}

export function discreteFlowGap(p: AdamFlowParams, signal: Signal, run: DiscreteRun): DiscreteGap {
  const { dt } = run;
  const n = Math.ceil(run.windowEnd / dt);
  const ka = Math.ceil(run.windowStart / dt);
  const early = ka > 0 ? indices(0, ka - 1, run.samples) : [];
  const late = indices(ka, n, run.samples);
  const ks = [...early, ...late];
  const flow = integrateOdeOrThrow(
    adamFlowProblem(p, signal, n * dt),
    { rtol: run.rtol, atol: 1e-14, sampleAt: ks.map((k) => k * dt) },
    `Adam flow τ1 = ${p.tau1}, τ2 = ${p.tau2} to t = ${n * dt}`,
  );
  const u = discreteUpdates(signal, run, ks);
  const flowR = ks.map((_, j) => {
    const [m, v] = flow.samples.y[j];
    return m / Math.sqrt(v);
  });
  return { ...splitGaps(u, flowR, early.length), steps: n + 1, nfev: flow.stats.nfev };
}

/** max |a_j − b_j| over j < early (the transient) and over j ≥ early (the window). */
export function splitGaps(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  early: number,
): { gap: number; transientGap: number } {
  let gap = 0;
  let transientGap = 0;
  for (let j = 0; j < a.length; j++) {
    const d = Math.abs(a[j] - b[j]);
    if (j < early) transientGap = Math.max(transientGap, d);
    else gap = Math.max(gap, d);
  }
  return { gap, transientGap };
}

/** Discrete Adam's update R_k at the sampled steps `ks` (sorted), driven by g(kΔt) (1-D, raw or bias-corrected). */
export function discreteUpdates(
  signal: Signal,
  run: Pick<DiscreteRun, 'dt' | 'beta1' | 'beta2' | 'biasCorrection' | 'init'>,
  ks: readonly number[],
): Float64Array {
  const { beta1, beta2, biasCorrection, init } = run;
  return adamUpdatesAt({ lr: 0, beta1, beta2, biasCorrection, init }, (k) => signal.g(k * run.dt), ks);
}

/** The 1-D float64 Adam kernel's update u_k at the sampled steps `ks` (sorted), driven by the gradients g(k). */
export function adamUpdatesAt(opts: AdamOptions, g: (k: number) => number, ks: readonly number[]): Float64Array {
  ks.forEach((k, j) => {
    if (!Number.isInteger(k) || k < (j === 0 ? 0 : ks[j - 1] + 1))
      throw new RangeError(`sampled steps must be increasing integers ≥ 0; got ${k} after ${ks[j - 1] ?? 'none'}`);
  });
  const opt = adam(opts);
  const x = new Float64Array(1);
  const out = new Float64Array(ks.length);
  let state = opt.init(x);
  let j = 0;
  for (let k = 0; j < ks.length; k++) {
    const s = opt.step(x, Float64Array.of(g(k)), state);
    state = s.state;
    if (k === ks[j]) out[j++] = s.update[0];
  }
  return out;
}
