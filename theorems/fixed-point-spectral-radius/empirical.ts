/**
 * Empirical layer: Adam from the paper's initial condition (x0 = 1, η = 1e-3, zero init) on the exact
 * model problem, run on the η-free normalised map (ln μ, ln w, ln|x|: no underflow at any depth),
 * classified as in spec 004 §9.4 and compared with Theorem 6.1 and rate (10).
 */
import type { Budget, Check, Claim } from '../../src/core/theorem.js';
import type { Regime } from '../../src/numeric/degenerate/index.js';
import { condition8, condition9, fixedPointExists, qStar, simulateAdam, simulatedRegime, theoryRegime } from '../../src/numeric/degenerate/index.js';
import { num } from '../../src/core/settings.js';


interface PhaseGrid {
  readonly n: number;
  readonly steps: number;
  readonly theory: number[][];
  readonly sim: number[][];
  readonly confusion: number[][];
  readonly work: number;
  readonly earlyExits: number;
}

const cache = new Map<string, PhaseGrid>();

/** The (β1, β2) grid of spec 004 §9.4: β1 = (i + ½)/n, β2 = (j + ¼)/n. Cached per (k, budget). */
function phaseGrid(c: Claim, k: number, budget: Budget): PhaseGrid {
  const n = num(c, budget === 'full' ? 'gridFull' : 'gridQuick');
  const steps = num(c, budget === 'full' ? 'stepsFull' : 'stepsQuick');
  const key = `${k}:${n}:${steps}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const eta = num(c, 'eta');
  const theory: number[][] = [];
  const sim: number[][] = [];
  const confusion = [0, 1, 2].map(() => [0, 0, 0]);
  let work = 0;
  let earlyExits = 0;
  for (let i = 0; i < n; i++) {
    theory.push([]);
    sim.push([]);
    for (let j = 0; j < n; j++) {
      const b1 = (i + 0.5) / n;
      const b2 = (j + 0.25) / n;
      const r = simulateAdam({ k, beta1: b1, beta2: b2 }, { eta, x0: num(c, 'x0'), steps, earlyExitTol: num(c, 'earlyExitTol') });
      const s = simulatedRegime(r, k, eta, { convergedTol: num(c, 'convergedTol'), deepNats: num(c, 'deepNats') });
      const t: Regime = theoryRegime(k, b1, b2);
      theory[i].push(t);
      sim[i].push(s);
      confusion[t - 1][s - 1]++;
      work += r.stepsRun;
      if (r.earlyExit) earlyExits++;
    }
  }
  const g = { n, steps, theory, sim, confusion, work, earlyExits };
  cache.set(key, g);
  return g;
}

function agreementI(g: PhaseGrid): { fraction: number; ce?: Record<string, number> } {
  let agree = 0;
  let ce: Record<string, number> | undefined;
  for (let i = 0; i < g.n; i++)
    for (let j = 0; j < g.n; j++) {
      if ((g.theory[i][j] === 1) === (g.sim[i][j] === 1)) agree++;
      else ce ??= { beta1: (i + 0.5) / g.n, beta2: (j + 0.25) / g.n, theory: g.theory[i][j], simulated: g.sim[i][j] };
    }
  return { fraction: agree / (g.n * g.n), ce };
}

const phaseCheck = (k: number): Check => ({
  name: `phase_agreement_k${k}`,
  layer: 'empirical',
  run(c, ctx) {
    const g = phaseGrid(c, k, ctx.budget);
    const a = agreementI(g);
    const curves: Record<string, readonly number[]> = {};
    if (k === 4) {
      // loss curves of the three typical regimes (spec 004 §4: β1 = 0.9, β2 = 0.91 / 0.895 / 0.8)
      for (const b2 of c.settings.typicalBeta2 as readonly number[]) {
        const r = simulateAdam({ k, beta1: 0.9, beta2: b2 }, { eta: num(c, 'eta'), x0: num(c, 'x0'), steps: num(c, 'stepsFull'), lossSamples: num(c, 'lossSamples') });
        curves[`loss_log10_b2_${String(b2).replace('.', '')}`] = r.lossLog10;
        curves.loss_t = r.lossT;
      }
    }
    return {
      measured: a.fraction,
      method: `η-free map (ln μ, ln w, ln|x|), x0 = 1, η = ${num(c, 'eta')}, ${g.n}×${g.n} grid, T = ${g.steps}; sim-I = distance < ${num(c, 'convergedTol')} at T`,
      work: g.work,
      detail: {
        grid: g.n,
        steps: g.steps,
        early_exits: g.earlyExits,
        confusion_theory_rows_sim_cols: g.confusion,
        phase_theory: g.theory,
        phase_simulated: g.sim,
        beta1_axis: Array.from({ length: g.n }, (_, i) => (i + 0.5) / g.n),
        beta2_axis: Array.from({ length: g.n }, (_, j) => (j + 0.25) / g.n),
        ...curves,
      },
      counterexample: a.ce,
    };
  },
});

const rateCheck = (k: number): Check => ({
  name: `rate_k${k}_b2_093`,
  layer: 'empirical',
  run(c) {
    const steps = num(c, 'rateSteps');
    const w = num(c, 'rateWindow');
    const r = simulateAdam({ k, beta1: 0.9, beta2: 0.93 }, { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, rateWindow: w });
    return {
      measured: r.rate,
      method: `η-free map from x0 = 1, η = 1e-3, β1 = 0.9; geometric-mean |x_{t+1}/x_t| over steps ${steps - w}…${steps}`,
      work: r.stepsRun,
      detail: { log10_loss_at_T: (k * r.lnX - Math.log(k)) / Math.LN10, distance_to_fixed_point: r.distance, v_ratio: r.vRatio },
    };
  },
});

export const empiricalChecks: readonly Check[] = [
  rateCheck(4),
  rateCheck(6),
  phaseCheck(4),
  phaseCheck(6),
  {
    name: 'three_way_agreement_k4',
    layer: 'empirical',
    informational: true,
    run(c, ctx) {
      const g = phaseGrid(c, 4, ctx.budget);
      const agree = g.confusion[0][0] + g.confusion[1][1] + g.confusion[2][2];
      return { measured: agree / (g.n * g.n), method: `three-way I/II/III (sim-II: min ln L < ln L(η/2) − ${num(c, 'deepNats')}), ${g.n}×${g.n} grid, T = ${g.steps}`, work: g.work, detail: { confusion_theory_rows_sim_cols: g.confusion } };
    },
  },
  {
    name: 'corner_stable_not_converged',
    layer: 'empirical',
    informational: true,
    run(c, ctx) {
      const n = num(c, ctx.budget === 'full' ? 'cornerGridFull' : 'cornerGridQuick');
      const steps = num(c, ctx.budget === 'full' ? 'cornerStepsFull' : 'cornerStepsQuick');
      const top = num(c, 'cornerMax');
      let bad = 0;
      let stable = 0;
      let work = 0;
      let ce: Record<string, number> | undefined;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const b1 = (top * (i + 0.5)) / n;
          const b2 = (top * (j + 0.5)) / n;
          if (!(fixedPointExists(4, b1, b2) && condition8(4, b1, b2) && condition9(4, b1, b2))) continue;
          stable++;
          const r = simulateAdam({ k: 4, beta1: b1, beta2: b2 }, { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, earlyExitTol: num(c, 'earlyExitTol') });
          work += r.stepsRun;
          if (!(r.earlyExit || r.distance < num(c, 'convergedTol'))) {
            bad++;
            ce ??= { beta1: b1, beta2: b2, final_abs_x_over_eta: Math.exp(r.lnX) / num(c, 'eta') };
          }
        }
      return { measured: bad, method: `k = 4, ${n}×${n} grid on (0, ${top})², T = ${steps}: locally stable cells not at the fixed point at T`, work, detail: { stable_cells: stable, grid: n, steps }, counterexample: ce };
    },
  },
  {
    name: 'rate_where_only_9_fails',
    layer: 'empirical',
    informational: true,
    run(c) {
      const [b1, b2] = [num(c, 'd4Beta1'), num(c, 'd4Beta2')];
      const steps = num(c, 'rateSteps');
      const r = simulateAdam({ k: 4, beta1: b1, beta2: b2 }, { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, rateWindow: steps / 2 });
      return {
        measured: r.rate,
        method: `k = 4, β1 = ${b1}, β2 = ${b2} ((8) holds, (9) fails): geometric-mean ratio over the last ${steps / 2} steps`,
        work: r.stepsRun,
        detail: { condition8: Number(condition8(4, b1, b2)), condition9: Number(condition9(4, b1, b2)), distance_to_fixed_point: r.distance, q_star: qStar(4, b2) },
      };
    },
  },
];
