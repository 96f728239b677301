/**
 * Section 6.2 / figure 7(c–d) and appendix E: the coupling ratio R_t = v_t/g_t² (71) over the phase grid — high in
 * Regime I (ln R grows linearly, v decoupled), "low" in Regime III — and the decoupling threshold
 * x_c = η/(1 − β2^{1/(2(k−1))}) of (72–73), both from the paper's start x0 = 1, η = 1e-3 (spec 004 §7, D6).
 */
import { mutated } from '../../src/core/mutant.js';
import type { Check, CheckContext, Claim } from '../../src/core/theorem.js';
import type { Regime } from '../../src/numeric/degenerate/index.js';
import { fixedPointExists, traceNormalised } from '../../src/numeric/degenerate/index.js';
import { list, num } from '../../src/core/settings.js';
import { claimedForms } from './rule.js';

/** Theorem 6.1's regimes with the existence condition of Theorem 4.1(i); mutant 'existence-exponent': (k+1)/(2(k−2)). */
function regimeOf(c: Claim, ctx: Pick<CheckContext, 'input'>): (k: number, b1: number, b2: number) => Regime {
  const forms = claimedForms(c, ctx);
  const wrong = mutated(c, ctx, 'existence-exponent');
  return (k, b1, b2) => {
    const exists = wrong ? b1 < b2 ** ((k + 1) / (2 * (k - 2))) : fixedPointExists(k, b1, b2);
    return !exists ? 3 : forms.stable(k, b1, b2) ? 1 : 2;
  };
}

const cache = new Map<string, { lnR: number[][]; work: number }>();

/** max_t ln R_t = max_t −ln w_t on the grid (cached per k, n, T). */
function maxLnR(c: Claim, k: number, n: number, steps: number) {
  const key = `${k}:${n}:${steps}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lnR = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      const tr = traceNormalised(
        { k, beta1: (i + 0.5) / n, beta2: (j + 0.25) / n },
        num(c, 'eta'),
        num(c, 'x0'),
        steps,
      );
      let mx = -Infinity;
      for (const w of tr.lnW) mx = Math.max(mx, -w);
      return mx;
    }),
  );
  const g = { lnR, work: n * n * steps };
  cache.set(key, g);
  return g;
}

function byRegime(c: Claim, ctx: CheckContext) {
  const k = 4;
  const n = num(c, ctx.budget === 'full' ? 'gridFull' : 'gridQuick');
  const steps = num(c, ctx.budget === 'full' ? 'stepsFull' : 'stepsQuick');
  const { lnR, work } = maxLnR(c, k, n, steps);
  const regime = regimeOf(c, ctx);
  const by: Record<Regime, { v: number; b1: number; b2: number }[]> = { 1: [], 2: [], 3: [] };
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const [b1, b2] = [(i + 0.5) / n, (j + 0.25) / n];
      by[regime(k, b1, b2)].push({ v: lnR[i][j], b1, b2 });
    }
  return { by, work, n, steps };
}

const median = (a: readonly number[]): number => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
};

export const couplingChecks: readonly Check[] = [
  {
    name: 'coupling_ratio_I_above_III_k4',
    layer: 'empirical',
    run(c, ctx) {
      const { by, work, n, steps } = byRegime(c, ctx);
      let ordered = 0;
      let ce: Record<string, number> | undefined;
      for (const a of by[1])
        for (const b of by[3]) {
          if (a.v > b.v) ordered++;
          else
            ce ??= {
              beta1_I: a.b1,
              beta2_I: a.b2,
              ln_max_R_I: a.v,
              beta1_III: b.b1,
              beta2_III: b.b2,
              ln_max_R_III: b.v,
            };
        }
      const pairs = by[1].length * by[3].length;
      const lo = (r: Regime) => (by[r].length ? Math.min(...by[r].map((x) => x.v)) : NaN);
      const hi = (r: Regime) => (by[r].length ? Math.max(...by[r].map((x) => x.v)) : NaN);
      return {
        measured: pairs > 0 ? ordered / pairs : NaN,
        method: `k = 4, ${n}×${n} grid, T = ${steps}: fraction of (claimed-I cell, claimed-III cell) pairs with max_t ln R_t higher in I (fig. 7(c–d))`,
        work,
        detail: {
          min_ln_max_R: [lo(1), lo(2), lo(3)],
          median_ln_max_R: [1, 2, 3].map((r) =>
            by[r as Regime].length ? median(by[r as Regime].map((x) => x.v)) : NaN,
          ),
          max_ln_max_R: [hi(1), hi(2), hi(3)],
          cells: [by[1].length, by[2].length, by[3].length],
        },
        counterexample: ce,
      };
    },
  },
  {
    name: 'coupling_ratio_regime_III_median_k4',
    layer: 'empirical',
    informational: true,
    run(c, ctx) {
      const { by, work, n, steps } = byRegime(c, ctx);
      const v = by[3].map((x) => x.v);
      return {
        measured: v.length ? median(v) : NaN,
        method: `k = 4, ${n}×${n} grid, T = ${steps}: median over claimed-III cells of max_t ln R_t (fig. 7(c–d) calls it low)`,
        work,
        detail: { min: Math.min(...v), max: Math.max(...v), cells: v.length },
      };
    },
  },
  {
    name: 'decoupling_threshold_xc_k4',
    layer: 'empirical',
    informational: true,
    run(c) {
      const k = 4;
      const eta = num(c, 'eta');
      const cases = list(c, 'xcCases');
      const ref = list(c, 'xcReference');
      const xs: number[] = [];
      const ratios: number[] = [];
      let work = 0;
      for (let i = 0; i + 2 <= cases.length; i += 2) {
        const [b1, b2] = [cases[i], cases[i + 1]];
        const tr = traceNormalised({ k, beta1: b1, beta2: b2 }, eta, num(c, 'x0'), num(c, 'stepsQuick'));
        work += tr.lnX.length - 1;
        // δ_t = g²_{t+1}/g²_t; decoupling is the first step with δ_t < β2 (App. E)
        let x = NaN;
        for (let t = 0; t + 1 < tr.lnX.length; t++)
          if (2 * (k - 1) * (tr.lnX[t + 1] - tr.lnX[t]) < Math.log(b2)) {
            x = Math.exp(tr.lnX[t]);
            break;
          }
        xs.push(x);
        ratios.push(x / (eta / (1 - b2 ** (1 / (2 * (k - 1))))));
      }
      return {
        measured: Math.max(...xs.map((x, i) => Math.abs(x - ref[i]))),
        method: `k = 4, x0 = 1, η = 1e-3, (β1, β2) = (${cases.join(', ')}): |x at the first step with δ_t < β2| − the spec's values`,
        work,
        detail: { x_decoupling: xs, ratio_to_x_c: ratios, x_c: eta / (1 - cases[1] ** (1 / (2 * (k - 1)))) },
      };
    },
  },
];
