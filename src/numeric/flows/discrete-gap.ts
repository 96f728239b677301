/**
 * Discrete Adam (the float64 kernel, driven by g(kΔt)) against the Adam flow (gsi eq. 4) integrated by odex:
 * max_k |R_k − R(kΔt)| over a window after the transient, and the same gap before the window.
 */
import { integrateOdeOrThrow } from '../ode/index.js';
import { adam } from '../optimizers/index.js';
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
  const opt = adam({ lr: 0, beta1: run.beta1, beta2: run.beta2, biasCorrection: run.biasCorrection, init: run.init });
  const x = new Float64Array(1);
  let state = opt.init(x);
  let gap = 0;
  let transientGap = 0;
  let j = 0;
  for (let k = 0; k <= n && j < ks.length; k++) {
    const out = opt.step(x, Float64Array.of(signal.g(k * dt)), state);
    state = out.state;
    if (k === ks[j]) {
      const [m, v] = flow.samples.y[j];
      const d = Math.abs(out.update[0] - m / Math.sqrt(v));
      if (j < early.length) transientGap = Math.max(transientGap, d);
      else gap = Math.max(gap, d);
      j++;
    }
  }
  if (j < ks.length) throw new RangeError(`discrete run stopped at sample ${j} of ${ks.length}`);
  return { gap, transientGap, steps: n + 1, nfev: flow.stats.nfev };
}

/** Discrete Adam's update R_k at the sampled steps `ks` (sorted), driven by g(kΔt) (1-D, raw or bias-corrected). */
export function discreteUpdates(
  signal: Signal,
  run: Pick<DiscreteRun, 'dt' | 'beta1' | 'beta2' | 'biasCorrection' | 'init'>,
  ks: readonly number[],
): Float64Array {
  const opt = adam({ lr: 0, beta1: run.beta1, beta2: run.beta2, biasCorrection: run.biasCorrection, init: run.init });
  const x = new Float64Array(1);
  const out = new Float64Array(ks.length);
  let state = opt.init(x);
  let j = 0;
  for (let k = 0; j < ks.length; k++) {
    const s = opt.step(x, Float64Array.of(signal.g(k * run.dt)), state);
    state = s.state;
    if (k === ks[j]) out[j++] = s.update[0];
  }
  return out;
}
