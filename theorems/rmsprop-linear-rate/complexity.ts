/**
 * Remarks 5.2/5.8 and the discrete side of Thms 5.1/5.3: T_ε of discrete GD against ε^{−(k−2)}/((k−2)η) (exponential
 * in k), the iterations RMSProp needs per decade of |x| against 2(k−2)/log10(1/β2) (linear in k), and the discrete
 * GD / EMA-momentum power laws x_t ~ ((k−2)ηt)^{−1/(k−2)} that the ODE checks state for the flows.
 */
import type { Check, CheckContext, Claim, Measurement } from '../../src/core/theorem.js';
import { descentAt, firstAtOrBelow, hittingTime, traceNormalised } from '../../src/numeric/degenerate/index.js';
import { fitLogLogOrder } from '../../src/numeric/stats/index.js';
import { list, num } from '../../src/core/settings.js';
import { mutantsOf, powerExponent } from './claimed.js';
import { gdComplexity, rmspropStepsBetween } from './claimed-extra.js';

/** Max over k of the residual power of t in x_t·t^{1/(k−2)} (discrete GD, or EMA momentum with β = 1 − γ). */
function discretePowerLaw(c: Claim, ctx: Pick<CheckContext, 'input'>, beta: number): Measurement {
  const m = mutantsOf(c, ctx);
  const ts = list(c, 'fitT');
  const ks = list(c, 'discreteKs');
  let worst = -1;
  let ce: Record<string, number> = {};
  const residuals: number[] = [];
  for (const k of ks) {
    const x = descentAt(k, num(c, 'gdEta'), num(c, 'x0'), ts, beta);
    const p = powerExponent(m, k);
    const r = fitLogLogOrder(
      ts,
      Array.from(x, (v, i) => v * ts[i] ** p),
    ).slope;
    residuals.push(r);
    if (Math.abs(r) > worst) {
      worst = Math.abs(r);
      ce = { k, residual_power: r, claimed_exponent: -p };
    }
  }
  return {
    measured: worst,
    method: `${beta > 0 ? `EMA momentum (β = ${beta})` : 'GD'} x_{t+1} = x_t − ηm_t, η = ${num(c, 'gdEta')}, x0 = ${num(c, 'x0')}: log–log slope of x_t·t^{1/(k−2)} over t ∈ [${ts[0]}, ${ts[ts.length - 1]}], max |·| over k ∈ {${ks.join(', ')}}`,
    work: ks.length * ts[ts.length - 1],
    detail: { residual_powers: residuals },
    counterexample: ce,
  };
}

export const complexityChecks: readonly Check[] = [
  {
    name: 'gd_discrete_power_law_max_residual',
    layer: 'empirical',
    run: (c, ctx) => discretePowerLaw(c, ctx, 0),
  },
  {
    name: 'momentum_discrete_power_law_max_residual',
    layer: 'empirical',
    run: (c, ctx) => discretePowerLaw(c, ctx, 1 - num(c, 'hbGamma')),
  },
  {
    name: 'gd_discrete_ratio_reference',
    layer: 'empirical',
    run(c) {
      const [t, refs] = [num(c, 'gdRefT'), list(c, 'gdRefRatios')];
      const eta = num(c, 'gdEta');
      const ratios = [4, 6].map((k) => descentAt(k, eta, num(c, 'x0'), [t])[0] / ((k - 2) * eta * t) ** (-1 / (k - 2)));
      return {
        measured: Math.max(...ratios.map((r, i) => Math.abs(r - refs[i]))),
        method: `discrete GD x_t ÷ ((k−2)ηt)^{−1/(k−2)} at t = ${t}, k ∈ {4, 6}, against the spec's 6-digit values`,
        work: 2 * t,
        detail: { ratios },
      };
    },
  },
  {
    name: 't_eps_gd_remark_5_2',
    layer: 'empirical',
    run(c, ctx) {
      const m = mutantsOf(c, ctx);
      const [eta, x0, eps] = [num(c, 'gdEta'), num(c, 'x0'), num(c, 'tEpsGd')];
      let worst = -1;
      let work = 0;
      let ce: Record<string, number> = {};
      const T: number[] = [];
      for (const k of list(c, 'tEpsGdKs')) {
        const claimed = gdComplexity(m, k, eta, eps);
        const t = hittingTime(k, eta, x0, eps, Math.ceil(4 * claimed));
        work += t < 0 ? Math.ceil(4 * claimed) : t;
        T.push(t);
        // what the remark drops: x0^{−(k−2)} in (39) and GD's Euler term (k−1)η ln T/2 in x^{−(k−2)}, both ∝ (ε/x0)^{k−2}
        const dropped = (eps / x0) ** (k - 2) * (1 + ((k - 1) * eta * Math.log(claimed)) / 2);
        const e = t < 0 ? Infinity : Math.abs(t / claimed - 1) / dropped;
        if (e > worst) {
          worst = e;
          ce = { k, T_eps: t, claimed, dropped_terms: dropped };
        }
      }
      const growth = T.slice(1).map((t, i) => t / T[i]);
      return {
        measured: worst,
        method: `discrete GD, η = ${eta}, x0 = ${x0}: first t with x_t ≤ ε = ${eps}, |T_ε ÷ ε^{−(k−2)}/((k−2)η) − 1| in units of the terms the remark drops, max over k`,
        work,
        detail: { T_eps: T, growth_per_k_plus_2: growth },
        counterexample: ce,
      };
    },
  },
  {
    name: 't_eps_rmsprop_remark_5_8',
    layer: 'empirical',
    run(c, ctx) {
      const m = mutantsOf(c, ctx);
      const [eps1, eps2] = list(c, 'tEpsAdamLevels');
      const [l1, l2] = [Math.log(eps1), Math.log(eps2)];
      const b2 = num(c, 'tEpsAdamBeta2');
      let worst = -1;
      let work = 0;
      let ce: Record<string, number> = {};
      const T1: number[] = [];
      const dT: number[] = [];
      for (const k of list(c, 'tEpsAdamKs')) {
        const tr = traceNormalised({ k, beta1: 0, beta2: b2 }, num(c, 'eta'), num(c, 'x0'), num(c, 'tEpsAdamSteps'));
        work += tr.lnX.length - 1;
        const [a, b] = [firstAtOrBelow(tr.lnX, l1), firstAtOrBelow(tr.lnX, l2)];
        T1.push(a);
        dT.push(b - a);
        const claimed = rmspropStepsBetween(m, k, b2, l1, l2);
        // two first-passage times of a geometric sequence: their difference is within one step of the ratio's count
        const e = a < 0 || b < 0 ? Infinity : Math.abs(b - a - claimed);
        if (e > worst) {
          worst = e;
          ce = { k, T_eps1: a, T_eps2: b, claimed_steps: claimed };
        }
      }
      return {
        measured: worst,
        method: `RMSProp, β2 = ${b2}, η = ${num(c, 'eta')}, x0 = ${num(c, 'x0')}: T(|x| ≤ ${eps2}) − T(|x| ≤ ${eps1}) minus the claimed 2(k−2) ln(ε1/ε2)/ln(1/β2), max |·| over k (steps)`,
        work,
        detail: { T_eps1: T1, steps_between: dT, transient: T1.map((t, i) => t - (dT[i] * l1) / (l2 - l1)) },
        counterexample: ce,
      };
    },
  },
];
