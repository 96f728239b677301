/**
 * Appendix F, the quadratic k = 2 (spec 004 §8): the map (76) has only the unstable trivial family (1, 0, c)
 * (77–79), so no (β1, β2) converges (no Regime I); for RMSProp η/√v_t grows by F′ ≡ c = β2^{−1/2} per step (80)
 * until the effective step crosses 2 and the loss spikes; Adam before its spike is linear at Lemma F.2's slope
 * (figure 9). All runs on the η-free normalised map (ln|x| tracked: the minima are far below float64's range).
 */
import type { Check, CheckContext, Claim } from '../../src/core/theorem.js';
import { argMin, firstAbove, jacobianFd, localMaxima, traceNormalised } from '../../src/numeric/degenerate/index.js';
import { fitLine } from '../../src/numeric/stats/index.js';
import { list, num } from '../../src/core/settings.js';
import { mutantsOf } from './claimed.js';
import { k2AdamSlope, k2Growth, k2RegimeI, k2TrivialEigenvalue } from './claimed-extra.js';

const rmsprop = (c: Claim) =>
  traceNormalised({ k: 2, beta1: 0, beta2: num(c, 'k2Beta2') }, num(c, 'k2Eta'), num(c, 'k2X0'), num(c, 'k2Steps'));

/** Slope of ln μ_t = ln(η/√v_t) over the settings window (the decoupled phase). */
function lrGrowth(c: Claim, ctx: Pick<CheckContext, 'input'>) {
  const tr = rmsprop(c);
  const [a, b] = list(c, 'k2GrowthWindow');
  const slope = (tr.lnMu[b] - tr.lnMu[a]) / (b - a);
  const claimed = Math.log(k2Growth(mutantsOf(c, ctx), num(c, 'k2Beta2')));
  return { tr, a, b, slope, claimed };
}

export const quadraticChecks: readonly Check[] = [
  {
    name: 'k2_trivial_fixed_points_unstable',
    layer: 'empirical',
    run(c, ctx) {
      const m = mutantsOf(c, ctx);
      const eta = num(c, 'k2Eta');
      const pts = list(c, 'k2JacobianPoints');
      let worst = -1;
      let offTriangle = 0;
      let ce: Record<string, number> = {};
      const radii: number[] = [];
      for (let i = 0; i + 3 <= pts.length; i += 3) {
        const [b1, b2, x] = [pts[i], pts[i + 1], pts[i + 2]];
        const J = jacobianFd({ k: 2, beta1: b1, beta2: b2 }, eta, [1, 0, x]);
        // J is block triangular at λ = 0 (∂λ′/∂ω = ∂λ′/∂x = ∂ω′/∂x = ∂x′/∂ω = 0), so its eigenvalues are its diagonal
        offTriangle = Math.max(offTriangle, Math.abs(J[1][0]), Math.abs(J[1][2]), Math.abs(J[0][2]), Math.abs(J[2][0]));
        const rho = Math.max(Math.abs(J[0][0]), Math.abs(J[1][1]), Math.abs(J[2][2]));
        radii.push(rho);
        const e = Math.abs(rho / k2TrivialEigenvalue(m, b2) - 1);
        if (e > worst) {
          worst = e;
          ce = { beta1: b1, beta2: b2, c: x, rho_fd: rho, claimed: k2TrivialEigenvalue(m, b2) };
        }
      }
      return {
        measured: offTriangle < num(c, 'k2FdTol') ? worst : Infinity,
        method:
          'central-difference Jacobian of map (76) (eq. 5 at k = 2) at (1, 0, c); its spectral radius ÷ the claimed unstable eigenvalue β2^{−1/2} (App. F.1), max over the points',
        work: pts.length / 3,
        detail: { spectral_radii: radii, max_off_triangle: offTriangle },
        counterexample: ce,
      };
    },
  },
  {
    name: 'k2_no_regime_I_disagreements',
    layer: 'empirical',
    run(c, ctx) {
      const m = mutantsOf(c, ctx);
      const n = num(c, ctx.budget === 'full' ? 'k2GridFull' : 'k2GridQuick');
      const steps = num(c, 'k2GridSteps');
      const eta = num(c, 'k2Eta');
      // sim-I: still in an exponential phase at T, deepNats below the SignGD level L(η/2) (spec 004 §9.4's criterion)
      const lnSign = 2 * Math.log(eta / 2) - Math.log(2);
      let bad = 0;
      let converged = 0;
      let ce: Record<string, number> | undefined;
      const minLog10: number[][] = [];
      for (let i = 0; i < n; i++) {
        const row: number[] = [];
        for (let j = 0; j < n; j++) {
          const [b1, b2] = [(i + 0.5) / n, (j + 0.25) / n];
          const tr = traceNormalised({ k: 2, beta1: b1, beta2: b2 }, eta, num(c, 'k2X0'), steps);
          const lnL = (t: number) => 2 * tr.lnX[t] - Math.log(2);
          row.push(lnL(argMin(tr.lnX)) / Math.LN10);
          const sim = lnL(steps) < lnSign - num(c, 'k2DeepNats');
          if (sim) converged++;
          if (sim !== k2RegimeI(m, b1, b2)) {
            bad++;
            ce ??= { beta1: b1, beta2: b2, simulated_I: Number(sim), final_log10_loss: lnL(steps) / Math.LN10 };
          }
        }
        minLog10.push(row);
      }
      return {
        measured: bad,
        method: `Adam on x²/2 (η = ${eta}, x0 = ${num(c, 'k2X0')}, zero init), ${n}×${n} grid β1 = (i+½)/n, β2 = (j+¼)/n, ${steps} steps: cells where "still converging at T" disagrees with the claimed Regime I (none at k = 2)`,
        work: n * n * steps,
        detail: { converged_cells: converged, min_log10_loss: minLog10 },
        counterexample: ce,
      };
    },
  },
  {
    name: 'k2_rmsprop_lr_growth_eq80',
    layer: 'empirical',
    run(c, ctx) {
      const { a, b, slope, claimed, tr } = lrGrowth(c, ctx);
      return {
        measured: slope / claimed,
        method: `RMSProp on x²/2, η = ${num(c, 'k2Eta')}, β2 = ${num(c, 'k2Beta2')}: slope of ln(η/√v_t) over t ∈ [${a}, ${b}] ÷ the claimed ln c, c = β2^{−1/2} (eq. 80)`,
        work: tr.lnX.length - 1,
        detail: { slope, claimed_ln_c: claimed, max_w_in_window: Math.exp(Math.max(...tr.lnW.subarray(a, b + 1))) },
      };
    },
  },
  {
    name: 'k2_rmsprop_spike_step_eq80',
    layer: 'empirical',
    run(c, ctx) {
      const { a, claimed, tr } = lrGrowth(c, ctx);
      const eta = num(c, 'k2Eta');
      // s_t = μ_t crosses the stability bound 2 (q = 1 − μ leaves [−1, 1]); predicted from μ_a and s_t = c^t s_a (80)
      const predicted = a + (Math.log(2) - tr.lnMu[a]) / claimed;
      const crossed = firstAbove(tr.lnMu, Math.log(2));
      const lnSign = 2 * Math.log(eta / 2) - Math.log(2);
      let peak = -Infinity;
      if (crossed >= 0)
        for (let t = crossed; t < tr.lnX.length; t++) peak = Math.max(peak, 2 * tr.lnX[t] - Math.log(2));
      // the spike: after the crossing the loss climbs back to the SignGD level L(η/2) (all progress below it lost)
      const spiked = crossed >= 0 && peak >= lnSign;
      return {
        measured: spiked ? crossed - predicted : Infinity,
        method: `RMSProp on x²/2: first step with η/√v_t > 2 minus the step predicted by c = β2^{−1/2} from t = ${a}; a spike back to L(η/2) must follow`,
        work: tr.lnX.length - 1,
        detail: {
          crossing_step: crossed,
          predicted_step: predicted,
          min_ln_loss: 2 * tr.lnX[argMin(tr.lnX)] - Math.log(2),
          peak_ln_loss_after_crossing: peak,
          ln_signgd_loss: lnSign,
        },
      };
    },
  },
  {
    name: 'fig9_adam_envelope_slope',
    layer: 'empirical',
    run(c, ctx) {
      const m = mutantsOf(c, ctx);
      const cases = list(c, 'k2AdamCases');
      const [f0, f1] = list(c, 'k2EnvelopeWindow');
      let worst = -1;
      let work = 0;
      let ce: Record<string, number> = {};
      const slopes: number[] = [];
      for (let i = 0; i + 2 <= cases.length; i += 2) {
        const [b1, b2] = [cases[i], cases[i + 1]];
        const tr = traceNormalised(
          { k: 2, beta1: b1, beta2: b2 },
          num(c, 'k2Eta'),
          num(c, 'k2X0'),
          num(c, 'k2AdamSteps'),
        );
        work += tr.lnX.length - 1;
        const spike = argMin(tr.lnX);
        const pk = localMaxima(tr.lnX, Math.round(f0 * spike), Math.round(f1 * spike));
        const slope = pk.t.length >= 2 ? fitLine(pk.t, pk.y).slope : NaN;
        slopes.push(slope);
        // tolerance unit α/4: the gap between the flow's envelope (100) and the discrete root modulus √(β1 c) (spec §8)
        const e = Math.abs(slope - k2AdamSlope(m, b1, b2)) / (-0.125 * Math.log(b2));
        if (!(e <= worst)) {
          worst = Number.isNaN(e) ? Infinity : e;
          ce = { beta1: b1, beta2: b2, slope, claimed: k2AdamSlope(m, b1, b2), peaks: pk.t.length, spike_step: spike };
        }
      }
      return {
        measured: worst,
        method: `Adam on x²/2: least-squares slope of the peaks of ln|x_t| over [${f0}, ${f1}] × the pre-spike span, minus the claimed −(2γ−α)/4 (γ = −ln β1, α = −½ ln β2), in units of α/4; max over (β1, β2) = (${cases.join(', ')})`,
        work,
        detail: { slopes },
        counterexample: ce,
      };
    },
  },
];
