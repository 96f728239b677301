/**
 * Empirical layer: Adam from the paper's initial condition (x0 = 1, η = 1e-3, zero init) on the exact
 * model problem, run on the η-free normalised map (ln μ, ln w, ln|x|: no underflow at any depth),
 * classified as in spec 004 §9.4 and compared with Theorem 6.1 and rate (10).
 */
import type { Budget, Check, CheckContext, Claim } from '../../src/core/theorem.js';
import type { Regime } from '../../src/numeric/degenerate/index.js';
import { condition8, condition9, qStar, simulateAdam, simulatedRegime } from '../../src/numeric/degenerate/index.js';
import { list, num } from '../../src/core/settings.js';
import { claimedForms, triples } from './rule.js';

/** The simulated side of the phase diagram (no claimed formula enters it), cached per (k, grid, T). */
interface PhaseSim {
  readonly n: number;
  readonly steps: number;
  readonly sim: number[][];
  /** (β1, β2, sim regime) of the probe cells for this k (points where (9) alone decides; settings phaseProbes). */
  readonly probes: readonly (readonly [number, number, number])[];
  readonly work: number;
  readonly earlyExits: number;
}

interface PhaseGrid extends PhaseSim {
  readonly theory: number[][];
  readonly confusion: number[][];
}

const cache = new Map<string, PhaseSim>();

/** The (β1, β2) grid of spec 004 §9.4: β1 = (i + ½)/n, β2 = (j + ¼)/n, plus this k's probes. Simulation cached per (k, budget). */
function phaseSim(c: Claim, k: number, budget: Budget): PhaseSim {
  const n = num(c, budget === 'full' ? 'gridFull' : 'gridQuick');
  const steps = num(c, budget === 'full' ? 'stepsFull' : 'stepsQuick');
  const probeCells = triples(list(c, 'phaseProbes')).filter(([pk]) => pk === k);
  const key = `${k}:${n}:${steps}:${probeCells.join(';')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const eta = num(c, 'eta');
  let work = 0;
  let earlyExits = 0;
  const regimeOf = (b1: number, b2: number): number => {
    const r = simulateAdam(
      { k, beta1: b1, beta2: b2 },
      { eta, x0: num(c, 'x0'), steps, earlyExitTol: num(c, 'earlyExitTol') },
    );
    work += r.stepsRun;
    if (r.earlyExit) earlyExits++;
    return simulatedRegime(r, k, eta, { convergedTol: num(c, 'convergedTol'), deepNats: num(c, 'deepNats') });
  };
  const sim = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => regimeOf((i + 0.5) / n, (j + 0.25) / n)),
  );
  const probes = probeCells.map(([, b1, b2]) => [b1, b2, regimeOf(b1, b2)] as const);
  const g = { n, steps, sim, probes, work, earlyExits };
  cache.set(key, g);
  return g;
}

/** The simulation beside the claimed Theorem 6.1 regimes (computed per run: claim mutants change them, not the simulation). */
function phaseGrid(c: Claim, k: number, ctx: Pick<CheckContext, 'budget' | 'input'>): PhaseGrid {
  const g = phaseSim(c, k, ctx.budget);
  const { regime } = claimedForms(c, ctx);
  const confusion = [0, 1, 2].map(() => [0, 0, 0]);
  const theory = g.sim.map((row, i) =>
    row.map((s, j) => {
      const t: Regime = regime(k, (i + 0.5) / g.n, (j + 0.25) / g.n);
      confusion[t - 1][s - 1]++;
      return t;
    }),
  );
  return { ...g, theory, confusion };
}

/** Regime I vs the rest: agreement over the grid cells and the probes. */
function agreementI(
  c: Claim,
  k: number,
  g: PhaseGrid,
  ctx: Pick<CheckContext, 'input'>,
): { fraction: number; probeTheory: number[]; ce?: Record<string, number> } {
  const { regime } = claimedForms(c, ctx);
  let agree = 0;
  let ce: Record<string, number> | undefined;
  for (let i = 0; i < g.n; i++)
    for (let j = 0; j < g.n; j++) {
      if ((g.theory[i][j] === 1) === (g.sim[i][j] === 1)) agree++;
      else ce ??= { beta1: (i + 0.5) / g.n, beta2: (j + 0.25) / g.n, theory: g.theory[i][j], simulated: g.sim[i][j] };
    }
  const probeTheory = g.probes.map(([b1, b2, s]) => {
    const t = regime(k, b1, b2);
    if ((t === 1) === (s === 1)) agree++;
    else ce ??= { beta1: b1, beta2: b2, theory: t, simulated: s, probe: 1 };
    return t;
  });
  return { fraction: agree / (g.n * g.n + g.probes.length), probeTheory, ce };
}

const phaseCheck = (k: number): Check => ({
  name: `phase_agreement_k${k}`,
  layer: 'empirical',
  run(c, ctx) {
    const g = phaseGrid(c, k, ctx);
    const a = agreementI(c, k, g, ctx);
    const curves: Record<string, readonly number[]> = {};
    if (k === 4) {
      // loss curves of the three typical regimes (spec 004 §4: β1 = 0.9, β2 = 0.91 / 0.895 / 0.8)
      for (const b2 of c.settings.typicalBeta2 as readonly number[]) {
        const r = simulateAdam(
          { k, beta1: 0.9, beta2: b2 },
          { eta: num(c, 'eta'), x0: num(c, 'x0'), steps: num(c, 'stepsFull'), lossSamples: num(c, 'lossSamples') },
        );
        curves[`loss_log10_b2_${String(b2).replace('.', '')}`] = r.lossLog10;
        curves.loss_t = r.lossT;
      }
    }
    return {
      measured: a.fraction,
      method: `η-free map (ln μ, ln w, ln|x|), x0 = 1, η = ${num(c, 'eta')}, ${g.n}×${g.n} grid + ${g.probes.length} probe(s) where (9) alone decides, T = ${g.steps}; sim-I = distance < ${num(c, 'convergedTol')} at T, vs Regime I = (8) ∧ (9)`,
      work: g.work,
      detail: {
        grid: g.n,
        steps: g.steps,
        early_exits: g.earlyExits,
        confusion_theory_rows_sim_cols: g.confusion,
        phase_theory: g.theory,
        phase_simulated: g.sim,
        probes_beta1_beta2_sim_theory: g.probes.map(([b1, b2, sim], i) => [b1, b2, sim, a.probeTheory[i]]),
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
  run(c, ctx) {
    const steps = num(c, 'rateSteps');
    const w = num(c, 'rateWindow');
    const r = simulateAdam(
      { k, beta1: 0.9, beta2: 0.93 },
      { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, rateWindow: w },
    );
    const claimed = claimedForms(c, ctx).q(k, 0.93);
    return {
      measured: r.rate / claimed,
      method: `η-free map from x0 = 1, η = 1e-3, β1 = 0.9; geometric-mean |x_{t+1}/x_t| over steps ${steps - w}…${steps}, ÷ the claimed rate (10) β2^{1/(2(k−2))}`,
      work: r.stepsRun,
      detail: {
        rate: r.rate,
        claimed_rate: claimed,
        log10_loss_at_T: (k * r.lnX - Math.log(k)) / Math.LN10,
        distance_to_fixed_point: r.distance,
        v_ratio: r.vRatio,
      },
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
      const g = phaseGrid(c, 4, ctx);
      const agree = g.confusion[0][0] + g.confusion[1][1] + g.confusion[2][2];
      return {
        measured: agree / (g.n * g.n),
        method: `three-way I/II/III (sim-II: min ln L < ln L(η/2) − ${num(c, 'deepNats')}), ${g.n}×${g.n} grid, T = ${g.steps}`,
        work: g.work,
        detail: { confusion_theory_rows_sim_cols: g.confusion },
      };
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
      // locally stable by the claimed rule (8) ∧ (9) of Theorem 4.1(ii)
      const claimed = claimedForms(c, ctx);
      let bad = 0;
      let stable = 0;
      let work = 0;
      let ce: Record<string, number> | undefined;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const b1 = (top * (i + 0.5)) / n;
          const b2 = (top * (j + 0.5)) / n;
          if (!claimed.stable(4, b1, b2)) continue;
          stable++;
          const r = simulateAdam(
            { k: 4, beta1: b1, beta2: b2 },
            { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, earlyExitTol: num(c, 'earlyExitTol') },
          );
          work += r.stepsRun;
          if (!(r.earlyExit || r.distance < num(c, 'convergedTol'))) {
            bad++;
            ce ??= { beta1: b1, beta2: b2, final_abs_x_over_eta: Math.exp(r.lnX) / num(c, 'eta') };
          }
        }
      return {
        measured: bad,
        method: `k = 4, ${n}×${n} grid on (0, ${top})², T = ${steps}: locally stable cells not at the fixed point at T`,
        work,
        detail: { stable_cells: stable, grid: n, steps },
        counterexample: ce,
      };
    },
  },
  {
    name: 'rate_where_only_9_fails',
    layer: 'empirical',
    informational: true,
    run(c, ctx) {
      const [b1, b2] = [num(c, 'd4Beta1'), num(c, 'd4Beta2')];
      const steps = num(c, 'rateSteps');
      const r = simulateAdam(
        { k: 4, beta1: b1, beta2: b2 },
        { eta: num(c, 'eta'), x0: num(c, 'x0'), steps, rateWindow: steps / 2 },
      );
      const claimed = claimedForms(c, ctx).q(4, b2);
      return {
        measured: r.rate / claimed,
        method: `k = 4, β1 = ${b1}, β2 = ${b2} ((8) holds, (9) fails): geometric-mean ratio over the last ${steps / 2} steps ÷ the rate (10) β2^{1/(2(k−2))}`,
        work: r.stepsRun,
        detail: {
          rate: r.rate,
          claimed_rate: claimed,
          condition8: Number(condition8(4, b1, b2)),
          condition9: Number(condition9(4, b1, b2)),
          distance_to_fixed_point: r.distance,
          q_star: qStar(4, b2),
        },
      };
    },
  },
];
