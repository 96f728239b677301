/**
 * Float64 layer: proposition 1's recursion on the state of the numeric core's moment kernels
 * (updateFirstMoment / updateSecondMoment with β1 = β2 = β) along random gradient sequences (fast-check),
 * in units of float64 rounding (recursion.ts: per step, and accumulated over the K steps).
 */
import fc from 'fast-check';
import { updateFirstMoment, updateSecondMoment } from '../../src/numeric/optimizers/moments.js';
import { num } from '../../src/core/settings.js';
import type { Check, Claim, CheckContext, Measurement } from '../../src/core/theorem.js';
import { claimedForm } from './claimed.js';
import { checkRecursion, float64 } from './recursion.js';

interface Sequence {
  readonly beta: number;
  readonly scale: number;
  readonly drift: number;
  readonly noise: number[];
}

/** Gradients g_k = scale·(drift + noise_k): a mean the EMA tracks plus noise, over 8 decades of scale. */
function sequences(c: Claim, seed: number): Sequence[] {
  const K = num(c, 'sequenceLength');
  const arb = fc.record({
    beta: fc.double({ min: num(c, 'betaMin'), max: num(c, 'betaMax'), noNaN: true }),
    scale: fc.integer({ min: -8, max: 8 }).map((e) => 10 ** (e / 2)),
    drift: fc.double({ min: -2, max: 2, noNaN: true }),
    noise: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: K, maxLength: K }),
  });
  return fc.sample(arb, { seed, numRuns: num(c, 'propertyRuns') });
}

/** m_0…m_K, v_0…v_K from m_0 = v_0 = 0 by the kernels, one coordinate. */
function moments(g: Float64Array, beta: number): { m: Float64Array; v: Float64Array } {
  const m = new Float64Array(g.length + 1);
  const v = new Float64Array(g.length + 1);
  const ms = new Float64Array(1);
  const vs = new Float64Array(1);
  const gk = new Float64Array(1);
  for (let k = 0; k < g.length; k++) {
    gk[0] = g[k];
    updateFirstMoment(ms, gk, beta);
    updateSecondMoment(vs, gk, beta);
    m[k + 1] = ms[0];
    v[k + 1] = vs[0];
  }
  return { m, v };
}

function measure(c: Claim, ctx: CheckContext, which: 'stepRatio' | 'unrolledRatio'): Measurement {
  const f = claimedForm(c, ctx);
  let worst = 0;
  let at: Record<string, number> = {};
  let work = 0;
  for (const s of sequences(c, ctx.seed)) {
    const g = Float64Array.from(s.noise, (n) => s.scale * (s.drift + n));
    const { m, v } = moments(g, s.beta);
    const r = checkRecursion(g, m, v, s.beta, f.weight(s.beta), f.index === 'current', float64);
    work += g.length;
    if (!(r[which] <= worst)) {
      worst = r[which];
      at = {
        beta: s.beta,
        scale: s.scale,
        drift: s.drift,
        step: r.worstStep,
        residual: r.worstResidual,
        bound: r.worstBound,
      };
    }
  }
  return {
    measured: worst,
    method: `fast-check ${num(c, 'propertyRuns')} gradient sequences of ${num(c, 'sequenceLength')} steps through the float64 moment kernels; max ${which === 'stepRatio' ? '|r_k| / τ_k (one step)' : '|s_k − e_k| / T_k (unrolled EMA)'} in units of float64 rounding`,
    work,
    detail: { worst: JSON.stringify(at) },
    ...(worst > 1 ? { counterexample: at } : {}),
  };
}

export const float64Checks: readonly Check[] = [
  { name: 'float64_step_recursion', layer: 'empirical', run: (c, ctx) => measure(c, ctx, 'stepRatio') },
  { name: 'float64_unrolled_ema', layer: 'empirical', run: (c, ctx) => measure(c, ctx, 'unrolledRatio') },
];
