/**
 * The Regime-I phase diagram beyond figures 3/11: k = 8 (Theorem 6.1 is stated for every even k ≥ 4) and k = 4
 * from initialisation (G) m₋₁ = g0, v₋₁ = g0² instead of (Z) (spec 004 §0: the Regime-I classification does not
 * depend on it). Same grid and sim-I criterion as phase_agreement_k4 (spec 004 §9.4).
 */
import type { Check, CheckContext, Claim } from '../../src/core/theorem.js';
import { simulateAdam, simulatedRegime, spectralRadiusJ } from '../../src/numeric/degenerate/index.js';
import { num } from '../../src/core/settings.js';
import { claimedForms } from './rule.js';

type Init = 'zero' | 'first-gradient';
const cache = new Map<string, { sim: number[][]; work: number }>();

function simGrid(c: Claim, k: number, init: Init, n: number, steps: number) {
  const key = `${k}:${init}:${n}:${steps}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const eta = num(c, 'eta');
  let work = 0;
  const sim = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      const r = simulateAdam(
        { k, beta1: (i + 0.5) / n, beta2: (j + 0.25) / n },
        { eta, x0: num(c, 'x0'), steps, init, earlyExitTol: num(c, 'earlyExitTol') },
      );
      work += r.stepsRun;
      return simulatedRegime(r, k, eta, { convergedTol: num(c, 'convergedTol'), deepNats: num(c, 'deepNats') });
    }),
  );
  const g = { sim, work };
  cache.set(key, g);
  return g;
}

function agreement(c: Claim, ctx: Pick<CheckContext, 'budget' | 'input'>, k: number, init: Init) {
  const n = num(c, ctx.budget === 'full' ? 'gridFull' : 'gridQuick');
  const steps = num(c, ctx.budget === 'full' ? 'stepsFull' : 'stepsQuick');
  const { sim, work } = simGrid(c, k, init, n, steps);
  const { regime } = claimedForms(c, ctx);
  // a cell whose ρ(J)^T is not below the classification distance cannot be decided at this horizon (either way)
  const undecidable = Math.log(1 / num(c, 'convergedTol'));
  let agree = 0;
  let judged = 0;
  let skipped = 0;
  let ce: Record<string, number> | undefined;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const [b1, b2] = [(i + 0.5) / n, (j + 0.25) / n];
      const rho = spectralRadiusJ(k, b1, b2);
      if (Number.isFinite(rho) && Math.abs(Math.log(rho)) * steps < undecidable) {
        skipped++;
        continue;
      }
      judged++;
      const t = regime(k, b1, b2);
      if ((t === 1) === (sim[i][j] === 1)) agree++;
      else ce ??= { beta1: b1, beta2: b2, theory: t, simulated: sim[i][j] };
    }
  return {
    measured: agree / judged,
    method: `${n}×${n} grid, β1 = (i+½)/n, β2 = (j+¼)/n, k = ${k}, init ${init === 'zero' ? '(Z)' : '(G)'}, x0 = 1, η = 1e-3, T = ${steps}: sim-I (distance < ${num(c, 'convergedTol')}) ⇔ claimed Regime I (8) ∧ (9), over the cells decidable at T`,
    work,
    detail: { judged_cells: judged, undecidable_cells: skipped },
    counterexample: ce,
  };
}

export const phaseExtraChecks: readonly Check[] = [
  { name: 'phase_agreement_k8', layer: 'empirical', run: (c, ctx) => agreement(c, ctx, 8, 'zero') },
  { name: 'phase_agreement_init_g_k4', layer: 'empirical', run: (c, ctx) => agreement(c, ctx, 4, 'first-gradient') },
];
