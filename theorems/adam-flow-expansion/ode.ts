/** ODE layer: integrate the Adam flow on slow modulations and measure the remainder orders. */
import type { Check, Claim, Measurement } from '../../src/core/theorem.js';
import { measureRemainders, remainderOrders, slowSine, adamFlowProblem } from '../../src/numeric/flows/index.js';
import type { RemainderRun } from '../../src/numeric/flows/index.js';
import type { RemainderKey } from '../../src/numeric/flows/remainder.js';
import { certifyAcrossTolerances, integrateOdeOrThrow, requireSuccess } from '../../src/numeric/ode/index.js';
import { fitLine } from '../../src/numeric/stats/index.js';
import fc from 'fast-check';
import { num, list } from '../../src/core/settings.js';


/** One run per ε of the grid; a solver that stops short throws `SolverError` (→ `error`, not a NaN order). */
function runs(c: Claim, tau1: number, tau2: number, rtol: number): RemainderRun[] {
  return list(c, 'epsGrid').map((eps) => {
    const r = measureRemainders({ tau1, tau2 }, eps, { amplitude: num(c, 'amplitude'), rtol, samples: num(c, 'samples') });
    requireSuccess(r.outcome, `Adam flow τ1 = ${tau1}, τ2 = ${tau2}, ε = ${eps}`);
    return r;
  });
}

/** Order of one remainder for one (τ1, τ2), certified across two solver tolerances. */
function orderOf(c: Claim, key: RemainderKey, tau1: number, tau2: number): Measurement {
  let last: RemainderRun[] = [];
  const cert = certifyAcrossTolerances((rtol) => {
    last = runs(c, tau1, tau2, rtol);
    return { value: remainderOrders(last, key).slope, nfev: last.reduce((s, r) => s + r.nfev, 0) };
  }, num(c, 'rtol'));
  const fit = remainderOrders(last, key);
  return {
    measured: cert.value,
    method: `odex rtol ${num(c, 'rtol')} vs ${num(c, 'rtol') * 1e-2}, log–log fit over ε ∈ {${list(c, 'epsGrid').join(', ')}}`,
    work: cert.nfev,
    detail: {
      tau1,
      tau2,
      stderr: fit.stderr,
      pairwise_slopes: fit.pairwise,
      asymptotic_spread: fit.spread,
      agreed_digits: cert.agreedDigits,
      eps: list(c, 'epsGrid'),
      remainder: last.map((r) => r[key]),
    },
  };
}

const orderCheck = (name: string, key: RemainderKey): Check => ({
  name,
  layer: 'ode',
  run: (c) => orderOf(c, key, num(c, 'tau1'), num(c, 'tau2')),
});

export const odeChecks: readonly Check[] = [
  orderCheck('remainder_order_R', 'first'),
  orderCheck('remainder_order_m', 'm'),
  orderCheck('remainder_order_v', 'v'),
  {
    name: 'remainder_order_R_worst_pair',
    layer: 'ode',
    run(c) {
      const p = list(c, 'tauPairs');
      const per: Measurement[] = [];
      for (let i = 0; i + 1 < p.length; i += 2) per.push(orderOf(c, 'first', p[i], p[i + 1]));
      const worst = per.reduce((w, m) => (Math.abs(m.measured - 2) > Math.abs(w.measured - 2) ? m : w));
      return {
        ...worst,
        method: `${worst.method}; worst of ${per.length} (τ1, τ2) pairs`,
        work: per.reduce((s, m) => s + m.work, 0),
        detail: { ...worst.detail, slopes_per_pair: per.map((m) => m.measured), pairs: p },
      };
    },
  },
  orderCheck('second_order_remainder_order', 'second'),
  {
    name: 'transient_decay_rate',
    layer: 'ode',
    run(c) {
      // two starts of the same linear flow differ by (x0 − x0′)e^{−t/τ1} exactly (lemma A.1's first term)
      const tau1 = num(c, 'tau1');
      const sig = slowSine(num(c, 'amplitude'), list(c, 'epsGrid')[0]);
      const ts = Array.from({ length: 9 }, (_, i) => (i + 1) * tau1);
      const measure = (rtol: number) => {
        const p = { tau1, tau2: num(c, 'tau2') };
        const a = integrateOdeOrThrow(adamFlowProblem(p, sig, 10 * tau1), { rtol, atol: 1e-14, sampleAt: ts }, 'Adam flow from m(0) = g(0)');
        const b = integrateOdeOrThrow(adamFlowProblem(p, sig, 10 * tau1, [0, sig.g(0) ** 2]), { rtol, atol: 1e-14, sampleAt: ts }, 'Adam flow from m(0) = 0');
        const gap = a.samples.y.map((y, i) => Math.log(Math.abs(y[0] - b.samples.y[i][0])));
        return { value: fitLine(a.samples.t, gap).slope, nfev: a.stats.nfev + b.stats.nfev };
      };
      const cert = certifyAcrossTolerances(measure, num(c, 'rtol'));
      return { measured: cert.value, method: 'odex, slope of ln|m_a − m_b| over t ∈ [τ1, 9τ1]', work: cert.nfev, detail: { agreed_digits: cert.agreedDigits, tau1 } };
    },
  },
  {
    name: 'lemma_A1_bound_ratio',
    layer: 'ode',
    run(c, ctx) {
      // fast-check draws smooth signals y = y0 exp(A sin(ωt + φ)) and mismatched starts; the
      // lemma's bound must dominate |x − (y − τy′)| at every sampled t.
      let worst = 0;
      let worstCase: Record<string, number> = {};
      let nfev = 0;
      const arb = fc.record({
        tau: fc.double({ min: 0.2, max: 5, noNaN: true }),
        A: fc.double({ min: -1, max: 1, noNaN: true }),
        w: fc.double({ min: 0.05, max: 2, noNaN: true }),
        phi: fc.double({ min: 0, max: 6.28, noNaN: true }),
        x0: fc.double({ min: -2, max: 4, noNaN: true }),
      });
      for (const s of fc.sample(arb, { seed: ctx.seed, numRuns: num(c, 'boundSignals') })) {
        const y = (t: number) => Math.exp(s.A * Math.sin(s.w * t + s.phi));
        const dy = (t: number) => y(t) * s.A * s.w * Math.cos(s.w * t + s.phi);
        const supY2 = Math.exp(Math.abs(s.A)) * (Math.abs(s.A) * s.w * s.w + s.A * s.A * s.w * s.w); // ≥ sup|y″|
        const T = 20 * s.tau;
        const ts = Array.from({ length: 200 }, (_, i) => (T * (i + 1)) / 200);
        const sol = integrateOdeOrThrow({ rhs: (t, x) => [(-x[0] + y(t)) / s.tau], t0: 0, t1: T, y0: [s.x0] }, { rtol: 1e-11, atol: 1e-13, sampleAt: ts }, `lemma A.1 signal ${JSON.stringify(s)}`);
        nfev += sol.stats.nfev;
        const c0 = Math.abs(s.x0 - y(0) + s.tau * dy(0));
        for (const [i, t] of sol.samples.t.entries()) {
          const x = sol.samples.y[i][0];
          const r = Math.abs(x - (y(t) - s.tau * dy(t)));
          // the bound is attained when y″ ≡ 0, so the solver's own error budget is added to it
          const solverError = 10 * (1e-13 + 1e-11 * Math.abs(x));
          const bound = c0 * Math.exp(-t / s.tau) + s.tau * s.tau * supY2 + solverError;
          if (r / bound > worst) {
            worst = r / bound;
            worstCase = { ...s, t };
          }
        }
      }
      return { measured: worst, method: `fast-check ${num(c, 'boundSignals')} random signals, odex rtol 1e-11, 200 times each; bound + 10× solver tolerance`, work: nfev, detail: { worst_at: JSON.stringify(worstCase) }, counterexample: worst > 1 ? worstCase : undefined };
    },
  },
];
