/**
 * Empirical layer: RMSProp (β1 = 0) on x^k/k run on the η-free normalised map (spec 004 §1), the
 * sharpness map F of Prop. 5.6 iterated, and the linearised RMSProp map's stability threshold (20).
 */
import fc from 'fast-check';
import type { Check, Claim } from '../../src/core/theorem.js';
import type { NormState } from '../../src/numeric/degenerate/index.js';
import {
  bisect,
  boundaryCrisis,
  eigen2,
  etaLambdaStar,
  jacobianFd,
  orbitFate,
  rmspropBeta2Threshold,
  simulateAdam,
  stepNormalised,
} from '../../src/numeric/degenerate/index.js';
import { num, list } from '../../src/core/settings.js';
import {
  criticalGrowthClaimed,
  mutantsOf,
  rmspropRate as claimedRate,
  thresholdClaimed,
  vRatioClaimed,
} from './claimed.js';

/** ρ of the central-difference Jacobian of eq. (5) for RMSProp at its fixed point (1, μ*, 0), η = 1. */
function rmspropRho(k: number, beta2: number): number {
  const J = jacobianFd({ k, beta1: 0, beta2 }, 1, [1, etaLambdaStar(k, 0, beta2), 0]);
  return Math.max(
    eigen2([
      [J[0][0], J[0][1]],
      [J[1][0], J[1][1]],
    ]).radius,
    Math.abs(J[2][2]),
  );
}

/** Iterate the η-free RMSProp map from (μ0, w0); returns the final μ and w. */
function runFrom(k: number, beta2: number, mu0: number, w0: number, steps: number): { mu: number; w: number } {
  const s: NormState = { omega: 1, lnMu: Math.log(mu0), lnW: Math.log(w0), lnX: 0 };
  const p = { k, beta1: 0, beta2 };
  for (let t = 0; t < steps; t++) stepNormalised(p, s);
  return { mu: Math.exp(s.lnMu), w: Math.exp(s.lnW) };
}

const rmspropRate = (c: Claim, k: number, beta2: number, steps: number) =>
  simulateAdam(
    { k, beta1: 0, beta2 },
    { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, rateWindow: num(c, 'rateWindow') },
  );

export const empiricalChecks: readonly Check[] = [
  {
    name: 'rmsprop_threshold_k4',
    layer: 'empirical',
    run(c, ctx) {
      const k = num(c, 'k');
      let evals = 0;
      const root = bisect((b2) => (evals++, rmspropRho(k, b2) - 1), 0.02, 0.5, 60);
      const claimed = thresholdClaimed(mutantsOf(c, ctx), k);
      return {
        measured: root / claimed,
        method:
          'bisection in β2 of ρ(finite-difference Jacobian of eq. (5), β1 = 0, at (1, μ*, 0)) = 1, ÷ the claimed threshold (20) ((k−2)/k)^{2(k−2)}',
        work: evals,
        detail: {
          root,
          claimed_threshold: claimed,
          rho_at_root: rmspropRho(k, root),
          threshold_1d_map: rmspropBeta2Threshold(k),
        },
      };
    },
  },
  ...[4, 6].map(
    (k): Check => ({
      name: `boundary_crisis_c_esc_k${k}`,
      layer: 'empirical',
      run: () => ({
        measured: boundaryCrisis(k),
        method: 'bisection of c(k−2)^{k−2}/(k−1)^{k−1} = 1 + c^{−1/(k−2)} (max of F meets the repelling fixed point)',
        work: 200,
      }),
    }),
  ),
  {
    name: 'sharpness_bifurcation_fates',
    layer: 'empirical',
    run(c, ctx) {
      const steps = num(c, 'orbitSteps');
      const m = mutantsOf(c, ctx);
      let matches = 0;
      let work = 0;
      const fates: string[] = [];
      for (const k of [4, 6]) {
        // the claimed flip threshold c_crit (19); c_esc is the spec's [+] boundary crisis
        const [cc, ce] = [criticalGrowthClaimed(m, k), boundaryCrisis(k)];
        const cases: [number, string][] = [
          [0.99 * cc, 'converged'],
          [1.01 * cc, 'bounded'],
          [0.99 * ce, 'bounded'],
          [1.01 * ce, 'escaped'],
        ];
        for (const [g, want] of cases) {
          const r = orbitFate(k, g, num(c, 'orbitS0'), steps);
          work += r.steps;
          fates.push(`k${k}@${g.toFixed(4)}:${r.fate}`);
          if (r.fate === want) matches++;
        }
      }
      return {
        measured: matches,
        method: `F iterated ${steps} steps from s0 = ${num(c, 'orbitS0')} at 0.99/1.01 c_crit and c_esc, k ∈ {4, 6}`,
        work,
        detail: { fates: fates.join(' ') },
      };
    },
  },
  {
    name: 'rmsprop_rate_k6_b2_099',
    layer: 'empirical',
    run(c, ctx) {
      const r = rmspropRate(c, 6, 0.99, num(c, 'rateSteps'));
      const claimed = claimedRate(mutantsOf(c, ctx), 6, 0.99);
      return {
        measured: r.rate / claimed,
        method: `RMSProp on the η-free map, x0 = 1, η = 1e-3, geometric-mean ratio over the last ${num(c, 'rateWindow')} of ${num(c, 'rateSteps')} steps ÷ the claimed rate (21) β2^{1/(2(k−2))}`,
        work: r.stepsRun,
        detail: { rate: r.rate, claimed_rate: claimed, distance_to_fixed_point: r.distance },
      };
    },
  },
  {
    name: 'rmsprop_rate_max_rel_error',
    layer: 'empirical',
    run(c, ctx) {
      const betas = list(c, ctx.budget === 'full' ? 'rateBeta2Full' : 'rateBeta2Quick');
      const m = mutantsOf(c, ctx);
      const steps = num(c, ctx.budget === 'full' ? 'rateStepsFull' : 'rateSteps');
      let worst = -1;
      let work = 0;
      const errs: number[] = [];
      let ce: Record<string, number> = {};
      for (const k of [4, 6, 8])
        for (const b2 of betas) {
          const r = rmspropRate(c, k, b2, steps);
          work += r.stepsRun;
          const e = Math.abs(r.rate / claimedRate(m, k, b2) - 1);
          errs.push(e);
          if (e > worst) {
            worst = e;
            ce = { k, beta2: b2, rate: r.rate };
          }
        }
      return {
        measured: worst,
        method: `k ∈ {4, 6, 8} × β2 ∈ {${betas.join(', ')}}, ${steps} steps each`,
        work,
        detail: { rel_errors: errs },
        counterexample: ce,
      };
    },
  },
  {
    name: 'v_ratio_limit_k4',
    layer: 'empirical',
    run(c, ctx) {
      const r = rmspropRate(c, 4, 0.93, num(c, 'rateSteps'));
      const claimed = vRatioClaimed(mutantsOf(c, ctx), 4, 0.93);
      return {
        measured: r.vRatio / claimed,
        method:
          'v_{t+1}/v_t = β2/(1 − (1 − β2)w_{t+1}) at the last step, RMSProp k = 4, β2 = 0.93, ÷ the claimed limit (15) β2',
        work: r.stepsRun,
        detail: { v_ratio: r.vRatio, claimed_limit: claimed },
      };
    },
  },
  {
    name: 'rmsprop_global_convergence_fraction',
    layer: 'empirical',
    run(c, ctx) {
      const steps = num(c, 'startSteps');
      const m = mutantsOf(c, ctx);
      let runs = 0;
      let ok = 0;
      let ce: Record<string, number> | undefined;
      const arb = fc.record({
        k: fc.constantFrom(4, 6, 8),
        // β2 ≥ 0.1: above every threshold (20); nearer 1/16 the slowest starts need ~6e5 steps (spec 004 §6)
        b2: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
        mu0: fc.double({ min: 1e-3, max: 0.999, noNaN: true }),
        u: fc.double({ min: 1e-9, max: 1, noNaN: true }),
      });
      for (const { k, b2, mu0, u } of fc.sample(arb, {
        seed: ctx.seed,
        numRuns: num(c, ctx.budget === 'full' ? 'startsFull' : 'startsQuick'),
      })) {
        runs++;
        const r = runFrom(k, b2, mu0, u / (1 - b2), steps);
        // Thm 5.7: μ → μ* = 1 − β2^{1/(2(k−2))} (the fixed point (7) at β1 = 0, ηλ* = 1 − q*)
        const muStar = 1 - claimedRate(m, k, b2);
        if (Math.abs(r.mu / muStar - 1) < num(c, 'convergedTol')) ok++;
        else ce ??= { k, beta2: b2, mu0, w0: u / (1 - b2), mu_final: r.mu };
      }
      return {
        measured: ok / runs,
        method: `fast-check ${runs} starts μ0 ∈ (0, 1), w0 ∈ (0, 1/(1−β2)], ${steps} steps`,
        work: runs * steps,
        counterexample: ce,
      };
    },
  },
  {
    name: 'rmsprop_bistability_fraction',
    layer: 'empirical',
    informational: true,
    run(c, ctx) {
      const k = 4;
      const b2 = num(c, 'bistableBeta2Factor') * rmspropBeta2Threshold(k);
      const n = num(c, ctx.budget === 'full' ? 'startsFull' : 'startsQuick');
      const steps = num(c, 'startSteps');
      const tol = num(c, 'convergedTol');
      let cycle = 0;
      let fixed = 0;
      for (let i = 0; i < n; i++)
        for (const u of [0.25, 0.75]) {
          const r = runFrom(k, b2, 1 + (i + 0.5) / n, u / (1 - b2), steps);
          if (Math.abs(r.mu - 2) < tol && Math.abs(r.w - 1) < tol) cycle++;
          else if (Math.abs(r.mu / etaLambdaStar(k, 0, b2) - 1) < tol) fixed++;
        }
      return {
        measured: cycle / (2 * n),
        method: `k = 4, β2 = 1.05/16, μ0 ∈ (1, 2) on ${n} points × w0 ∈ {0.25, 0.75}/(1−β2), ${steps} steps: fraction on the SignGD 2-cycle (μ = 2, w = 1)`,
        work: 2 * n * steps,
        detail: { on_fixed_point: fixed / (2 * n), on_cycle: cycle / (2 * n) },
      };
    },
  },
];
