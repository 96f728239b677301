/**
 * The float64 Adam kernel against a plain in-place loop doing the same arithmetic (dim 1000, 200 steps per
 * rep), in interleaved rounds: the allocation-free `stepInPlace` (goal ≥ 0.8×) and the pure `step`.
 */
import { adam } from '../src/numeric/optimizers/index.js';
import { median, timeIt } from './time-it.js';

const dim = 1000;
const steps = 200;
const grad = Float64Array.from({ length: dim }, (_, i) => Math.sin(i));

const adamOpts = { lr: 1e-3, beta1: 0.9, beta2: 0.999, biasCorrection: true, eps: 1e-8 } as const;
/** The long simulations' path: θ, m, v and the direction buffer reused across steps. */
const kernel = (): number => {
  const opt = adam(adamOpts);
  const p = new Float64Array(dim);
  const s = opt.init(p);
  const u = new Float64Array(dim);
  for (let k = 0; k < steps; k++) opt.stepInPlace(p, grad, s, u);
  return p[0];
};

/** The pure `step` (fresh θ, direction and state every step), for callers that keep every iterate. */
const pure = (): number => {
  const opt = adam(adamOpts);
  let p: Float64Array = new Float64Array(dim);
  let s = opt.init(p);
  for (let k = 0; k < steps; k++) {
    const o = opt.step(p, grad, s);
    p = o.params;
    s = o.state;
  }
  return p[0];
};

const reference = (): number => {
  const p = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  for (let k = 1; k <= steps; k++) {
    const c = Math.sqrt(1 - 0.999 ** k) / (1 - 0.9 ** k);
    for (let i = 0; i < dim; i++) {
      m[i] = 0.9 * m[i] + 0.1 * grad[i];
      v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
      p[i] -= (1e-3 * c * m[i]) / (Math.sqrt(v[i]) + 1e-8);
    }
  }
  return p[0];
};

/** Warm both up, then short alternating rounds A B A B…: the median of per-round ratios survives a loaded machine. */
function interleaved(
  a: () => number,
  b: () => number,
  rounds = 15,
  ms = 60,
): { ratio: number; aPerSec: number; bPerSec: number } {
  timeIt(a, 100);
  timeIt(b, 100);
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ra.push(timeIt(a, ms).perSec);
    rb.push(timeIt(b, ms).perSec);
  }
  return { ratio: median(ra.map((x, i) => x / rb[i])), aPerSec: median(ra), bPerSec: median(rb) };
}

export function benchKernel(): void {
  const inPlace = interleaved(kernel, reference);
  const alloc = interleaved(pure, reference);
  const sps = (runsPerSec: number): string => (runsPerSec * steps).toFixed(0);
  console.log(
    `adam kernel stepInPlace (dim ${dim}): ${sps(inPlace.aPerSec)} steps/s; in-place reference loop: ${sps(inPlace.bPerSec)} steps/s; ratio ${inPlace.ratio.toFixed(3)} (median of 15 interleaved rounds; goal ≥ 0.8); pure step: ${sps(alloc.aPerSec)} steps/s, ratio ${alloc.ratio.toFixed(3)}`,
  );
}
