/** Empirical layer: discrete Adam with β_i = e^{−Δt/τ_i} driven by the same signal converges to the flow. */
import { mutated } from '../../src/core/mutant.js';
import type { Check, CheckContext, Claim } from '../../src/core/theorem.js';
import { adamFlowProblem, slowSine } from '../../src/numeric/flows/index.js';
import { integrateOde } from '../../src/numeric/ode/index.js';
import { adam } from '../../src/numeric/optimizers/index.js';
import { fitLogLogOrder } from '../../src/numeric/stats/index.js';
import { num, list } from '../../src/core/settings.js';

/** max over the window of |R_k − R(kΔt)| for one Δt. */
function discreteGap(
  c: Claim,
  ctx: Pick<CheckContext, 'input'>,
  dt: number,
): { gap: number; steps: number; nfev: number } {
  const tau1 = num(c, 'tau1');
  const tau2 = num(c, 'tau2');
  const eps = num(c, 'discreteEps');
  const sig = slowSine(num(c, 'amplitude'), eps);
  const ta = 30 * Math.max(tau1, tau2);
  const tb = 40 * Math.max(tau1, tau2) + (2 * Math.PI) / eps;
  const n = Math.ceil(tb / dt);
  const every = Math.max(1, Math.floor(n / 400));
  const ks: number[] = [];
  for (let k = Math.ceil(ta / dt); k <= n; k += every) ks.push(k);
  const flow = integrateOde(adamFlowProblem({ tau1, tau2 }, sig, n * dt), {
    rtol: 1e-12,
    atol: 1e-14,
    sampleAt: ks.map((k) => k * dt),
  });
  // the claimed correspondence β_i = e^{−Δt/τ_i} (its mutant: the timescales off by 10%)
  const beta = (tau: number) => Math.exp(-dt / (mutated(c, ctx, 'beta-mapping-x1.1') ? 1.1 * tau : tau));
  const opt = adam({ lr: 0, beta1: beta(tau1), beta2: beta(tau2), biasCorrection: false, init: 'first-gradient' });
  const x = new Float64Array(1);
  let state = opt.init(x);
  let gap = 0;
  let j = 0;
  for (let k = 0; k <= n && j < ks.length; k++) {
    const out = opt.step(x, Float64Array.of(sig.g(k * dt)), state);
    state = out.state;
    if (k === ks[j]) {
      const [m, v] = flow.samples.y[j];
      gap = Math.max(gap, Math.abs(out.update[0] - m / Math.sqrt(v)));
      j++;
    }
  }
  return { gap: j === ks.length ? gap : NaN, steps: n + 1, nfev: flow.stats.nfev };
}

export const empiricalChecks: readonly Check[] = [
  {
    name: 'discrete_to_flow_order',
    layer: 'empirical',
    run(c, ctx) {
      const dts = list(c, 'discreteDt');
      const rows = dts.map((dt) => discreteGap(c, ctx, dt));
      const fit = fitLogLogOrder(
        dts,
        rows.map((r) => r.gap),
      );
      return {
        measured: fit.slope,
        method: `discrete Adam (float64 kernel, β_i = e^{−Δt/τ_i}) vs odex flow, log–log fit over Δt ∈ {${dts.join(', ')}}`,
        work: rows.reduce((s, r) => s + r.steps, 0),
        detail: {
          gaps: rows.map((r) => r.gap),
          dt: dts,
          stderr: fit.stderr,
          pairwise_slopes: fit.pairwise,
          steps: rows.reduce((s, r) => s + r.steps, 0),
        },
      };
    },
  },
];
