/**
 * `npm run bench`: throughput of the numeric core, as ratios against a reference run in the same
 * process (a plain hand-written loop doing the same arithmetic), so machine speed cancels out.
 */
import { adamFlowProblem, slowSine } from '../src/numeric/flows/index.js';
import { integrateOde } from '../src/numeric/ode/index.js';
import { adam } from '../src/numeric/optimizers/index.js';

function timeIt(fn: () => number, minMs = 300): { perSec: number; ms: number; sink: number } {
  let n = 0;
  let sink = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    sink += fn();
    n++;
  }
  const ms = performance.now() - t0;
  return { perSec: (n * 1000) / ms, ms, sink };
}

const dim = 1000;
const steps = 200;
const grad = Float64Array.from({ length: dim }, (_, i) => Math.sin(i));

const kernel = timeIt(() => {
  const opt = adam({ lr: 1e-3, beta1: 0.9, beta2: 0.999, biasCorrection: true, eps: 1e-8 });
  let p: Float64Array = new Float64Array(dim);
  let s = opt.init(p);
  for (let k = 0; k < steps; k++) {
    const o = opt.step(p, grad, s);
    p = o.params;
    s = o.state;
  }
  return p[0];
});

const reference = timeIt(() => {
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
});

const stepsPerSec = (kernel.perSec * steps).toFixed(0);
const refPerSec = (reference.perSec * steps).toFixed(0);
console.log(
  `adam kernel (dim ${dim}): ${stepsPerSec} steps/s; in-place reference loop: ${refPerSec} steps/s; ratio ${(kernel.perSec / reference.perSec).toFixed(3)}`,
);

let nfev = 0;
const ode = timeIt(() => {
  const sol = integrateOde(adamFlowProblem({ tau1: 1, tau2: 2 }, slowSine(1, 0.01), 700), { rtol: 1e-12, atol: 1e-14 });
  nfev = sol.stats.nfev;
  return sol.y[0];
});
const rhs = adamFlowProblem({ tau1: 1, tau2: 2 }, slowSine(1, 0.01), 700).rhs;
const rhsOnly = timeIt(() => {
  let s = 0;
  for (let i = 0; i < nfev; i++) s += rhs(i * 0.1, [1, 1])[0];
  return s;
});
console.log(
  `odex Adam flow to t = 700 at rtol 1e-12: ${ode.perSec.toFixed(1)} solves/s (${nfev} rhs evaluations each); rhs evaluations alone: ${rhsOnly.perSec.toFixed(1)}/s; solver overhead ×${(rhsOnly.perSec / ode.perSec).toFixed(2)}`,
);

(await import('./startup.js')).benchStartup();

await (await import('./training.js')).benchTraining();
