/**
 * Empirical layer on a real training run: proposition 1's recursion on the float32 Adam state of an MNIST
 * MLP (training.ts), in units of the backend's float rounding (u = 2^−p, p its mantissa bits; recursion.ts).
 */
import {
  experimentInput,
  experimentOptions,
  loadExperiment,
  requireComplete,
  trainingDetail,
} from '../../experiments/check.js';
import { SkipCheck } from '../../src/core/errors.js';
import type { Check } from '../../src/core/theorem.js';
import { claimedForm } from './claimed.js';
import { checkRecursion, rounding } from './recursion.js';
import type { MomentsBudget } from './training.js';

export const trainingChecks: readonly Check[] = [
  {
    name: 'training_moment_recursion',
    layer: 'empirical',
    experiment: 'moments',
    async run(c, ctx) {
      const f = claimedForm(c, ctx);
      const b = experimentInput<MomentsBudget>(ctx);
      const { momentsRuns } = await loadExperiment(() => import('./training.js'));
      const { runs, detail } = await momentsRuns(b, experimentOptions(ctx));
      requireComplete(detail, ctx);
      const diverged = runs.filter((r) => r.status !== 'ok').length;
      if (diverged > 0) throw new SkipCheck(`${diverged} of ${runs.length} run(s) diverged (non-finite loss)`);
      const w = f.weight(b.beta);
      let step = 0;
      let unrolled = 0;
      let share = 0;
      let active = 0;
      let work = 0;
      let worst: Record<string, number> = {};
      const precision = Math.min(...runs.map((r) => r.floatPrecision));
      for (const [ri, r] of runs.entries()) {
        const arith = rounding(r.floatPrecision);
        r.g.forEach((gs, i) => {
          const x = checkRecursion(
            Float64Array.from(gs),
            Float64Array.from(r.m[i]),
            Float64Array.from(r.v[i]),
            b.beta,
            w,
            f.index === 'current',
            arith,
          );
          work += gs.length;
          if (Number.isFinite(x.varianceShare)) {
            share += x.varianceShare;
            active++;
          }
          unrolled = Math.max(unrolled, x.unrolledRatio);
          if (!(x.stepRatio <= step)) {
            step = x.stepRatio;
            worst = { run: ri, coordinate: i, step: x.worstStep, residual: x.worstResidual, bound: x.worstBound };
          }
        });
      }
      const coords = runs.reduce((n, r) => n + r.g.length, 0);
      return {
        measured: step,
        method: `Adam β1 = β2 = ${b.beta} on ${detail.model}, ${coords} sampled coordinates × ${b.steps} steps of float${precision} state (u = ${rounding(precision).u.toExponential(2)}); max |r_k| / τ_k, τ_k from that precision's rounding`,
        work,
        detail: {
          ...trainingDetail(detail),
          float_bits: precision,
          unrolled_ratio: unrolled,
          active_coordinates: active,
          mean_variance_share: active ? share / active : NaN,
          worst: JSON.stringify(worst),
          final_loss: runs.map((r) => r.loss[r.loss.length - 1]),
        },
        ...(step > 1 ? { counterexample: worst } : {}),
      };
    },
  },
];
