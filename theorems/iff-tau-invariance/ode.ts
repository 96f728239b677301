/** ODE layer: the "if" and "only if" directions as measured orders and fitted coefficients. */
import fc from 'fast-check';
import type { Check, Claim, Measurement } from '../../src/core/theorem.js';
import { claimedOrder, flowCoefficient, invariantPartner } from './claimed.js';
import { measureRemainders, remainderOrders } from '../../src/numeric/flows/index.js';
import type { RemainderRun } from '../../src/numeric/flows/index.js';
import { certifyAcrossTolerances, requireSuccess } from '../../src/numeric/ode/index.js';
import { num, list } from '../../src/core/settings.js';

/** One run per ε; a solver that stops short throws `SolverError` (→ `error`, not a NaN order or coefficient). */
function runs(c: Claim, tau1: number, tau2: number, rtol: number, grid = list(c, 'epsGrid')): RemainderRun[] {
  return grid.map((eps) => {
    const r = measureRemainders({ tau1, tau2 }, eps, {
      amplitude: num(c, 'amplitude'),
      rtol,
      samples: num(c, 'samples'),
    });
    requireSuccess(r.outcome, `Adam flow τ1 = ${tau1}, τ2 = ${tau2}, ε = ${eps}`);
    return r;
  });
}

/** Order of max|R − sign g| in ε, certified across two solver tolerances. */
function zerothOrder(c: Claim, tau1: number, tau2: number): Measurement {
  let last: RemainderRun[] = [];
  const cert = certifyAcrossTolerances(
    (rtol) => {
      last = runs(c, tau1, tau2, rtol);
      return { value: remainderOrders(last, 'zeroth').slope, nfev: last.reduce((s, r) => s + r.nfev, 0) };
    },
    num(c, 'rtol'),
  );
  const fit = remainderOrders(last, 'zeroth');
  return {
    measured: cert.value,
    method: `odex rtol ${num(c, 'rtol')} vs ${num(c, 'rtol') * 1e-2}; slope of max|R − sign g| over ε ∈ {${list(c, 'epsGrid').join(', ')}}`,
    work: cert.nfev,
    detail: {
      tau1,
      tau2,
      stderr: fit.stderr,
      pairwise_slopes: fit.pairwise,
      agreed_digits: cert.agreedDigits,
      eps: list(c, 'epsGrid'),
      remainder: last.map((r) => r.zeroth),
    },
  };
}

/** Fitted coefficient of δ in R − sign g at the smallest ε of the grid. */
function coefficient(c: Claim, tau1: number, tau2: number, rtol: number): { value: number; nfev: number } {
  const grid = list(c, 'epsGrid');
  const [r] = runs(c, tau1, tau2, rtol, [grid[grid.length - 1]]);
  return { value: r.coefficient, nfev: r.nfev };
}

export const odeChecks: readonly Check[] = [
  {
    // "if": on the pair where the claimed coefficient vanishes (τ2 = τ1 for the paper's τ2 − τ1), R − sign g is second order
    name: 'order_equal_tau',
    layer: 'ode',
    run(c, ctx) {
      const tau1 = num(c, 'tau1');
      const m = zerothOrder(c, tau1, invariantPartner(flowCoefficient(c, ctx), tau1));
      return { ...m, method: `${m.method}; (τ1, τ2) where the claimed coefficient of δ vanishes` };
    },
  },
  {
    // "only if": measured order ÷ the order the claim predicts for this pair (1 where its coefficient of δ is nonzero)
    name: 'order_unequal_tau',
    layer: 'ode',
    run(c, ctx) {
      const [tau1, tau2] = [num(c, 'tau1'), num(c, 'tau2')];
      const m = zerothOrder(c, tau1, tau2);
      const claimed = claimedOrder(flowCoefficient(c, ctx), tau1, tau2);
      return {
        ...m,
        measured: m.measured / claimed,
        method: `${m.method}; fitted order ÷ claimed order ${claimed}`,
        detail: { ...m.detail, fitted_order: m.measured, claimed_order: claimed },
      };
    },
  },
  {
    name: 'first_order_coefficient',
    layer: 'ode',
    run(c, ctx) {
      const [tau1, tau2] = [num(c, 'tau1'), num(c, 'tau2')];
      const claimed = flowCoefficient(c, ctx).at(tau1, tau2);
      const cert = certifyAcrossTolerances(
        (rtol) => {
          const r = coefficient(c, tau1, tau2, rtol);
          return { value: r.value / claimed, nfev: r.nfev };
        },
        num(c, 'rtol'),
      );
      const grid = list(c, 'epsGrid');
      return {
        measured: cert.value,
        method: `least-squares coefficient of δ in R − 1 over the window, ε = ${grid[grid.length - 1]}, odex rtol ${num(c, 'rtol')} vs ${num(c, 'rtol') * 1e-2}; ÷ the claimed τ2 − τ1`,
        work: cert.nfev,
        detail: {
          tau1,
          tau2,
          claimed_coefficient: claimed,
          fitted_coefficient: cert.value * claimed,
          agreed_digits: cert.agreedDigits,
        },
      };
    },
  },
  {
    name: 'coefficient_property_random_pairs',
    layer: 'ode',
    run(c, ctx) {
      // τ in [0.25, 3]; every third pair has τ1 = τ2 exactly, where the coefficient must vanish.
      const claimed = flowCoefficient(c, ctx);
      const tau = fc.double({ min: 0.25, max: 3, noNaN: true });
      const pair = fc.oneof(
        { arbitrary: fc.tuple(tau, tau), weight: 2 },
        { arbitrary: tau.map((t) => [t, t] as [number, number]), weight: 1 },
      );
      let worst = 0;
      let worstPair: Record<string, number> = {};
      let nfev = 0;
      let equalPairs = 0;
      for (const [t1, t2] of fc.sample(pair, { seed: ctx.seed, numRuns: num(c, 'propertyRuns') })) {
        const r = coefficient(c, t1, t2, num(c, 'rtol'));
        nfev += r.nfev;
        if (t1 === t2) equalPairs++;
        const err = Math.abs(r.value - claimed.at(t1, t2));
        if (!(err <= worst)) {
          worst = err;
          worstPair = { tau1: t1, tau2: t2, coefficient: r.value };
        }
      }
      return {
        measured: worst,
        method: `fast-check ${num(c, 'propertyRuns')} random (τ1, τ2) pairs (${equalPairs} with τ1 = τ2); max |fitted coefficient − (τ2 − τ1)|`,
        work: nfev,
        detail: { worst_pair: JSON.stringify(worstPair), equal_pairs: equalPairs },
        counterexample: worstPair,
      };
    },
  },
];
