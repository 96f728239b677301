/**
 * `npm run bench`: throughput of the numeric core, as ratios against a reference run in the same
 * process (a plain hand-written loop doing the same arithmetic), so machine speed cancels out.
 */
import { adamFlowProblem, slowSine } from '../src/numeric/flows/index.js';
import { integrateOde } from '../src/numeric/ode/index.js';
import { timeIt } from './time-it.js';

(await import('./kernel.js')).benchKernel();

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

await (await import('./batch-matmul.js')).benchBatchMatMul();

await (await import('./training.js')).benchTraining();

await (await import('./sweep.js')).benchSweep();
