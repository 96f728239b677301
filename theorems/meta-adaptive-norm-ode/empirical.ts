import { mutated } from '../../src/core/mutant.js';
import { createRng } from '../../src/core/rng.js';
import type { Check, CheckContext, Claim, Measurement } from '../../src/core/theorem.js';
import {
  experimentInput,
  experimentOptions,
  loadExperiment,
  requireComplete,
  trainingDetail,
} from '../../experiments/check.js';
import type { Figure5Budget } from '../../experiments/specs/ctadam-figure5.js';
import { coarseAdamDirection, discreteTheoremTwo } from '../../src/numeric/ctadam/index.js';
import { adamw } from '../../src/numeric/optimizers/index.js';
import type { CoarseAdamState, NormForm } from '../../src/numeric/ctadam/index.js';
import { list, num } from '../../src/core/settings.js';
import { figure5Curves } from './figures.js';

const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

interface Trajectory {
  phi: Float64Array;
  u2: Float64Array;
  /** max_n |⟨W_n, m_n⟩| / (‖W_n‖‖m_n‖): assumption 1 on the first moment (a sum of past g_W). */
  cosine: number;
  /** Σ −2η(1 − ηλ)⟨W_n, u_n⟩, the term of the exact step identity that assumption 1 drops, and Σ η²‖u_n‖², the kept one. */
  cross: number;
  kept: number;
  steps: number;
}

/**
 * AdamW on L(W) = ½‖W/‖W‖ − x_n‖² (scale-invariant; ∇ = −(I − ŴŴᵀ)x_n/‖W‖, lemma 2) or, as the
 * control, L(W) = ½‖W − x_n‖²; targets x_n = x* + noise keep the gradient from vanishing.
 */
function train(c: Claim, seed: number, normalized: boolean, coarse = true, gamma = num(c, 'adamGamma')): Trajectory {
  const d = num(c, 'dim');
  const steps = num(c, 'steps');
  const [eta, lambda] = [num(c, 'lr'), num(c, 'weightDecay')];
  const rng = createRng(seed, normalized ? 'scale-invariant' : 'plain');
  // paper β = beta2 (second moment), paper γ = beta1 (first moment)
  const opt = adamw({ lr: eta, weightDecay: lambda, beta1: gamma, beta2: num(c, 'adamBeta'), biasCorrection: true });
  let w: Float64Array = Float64Array.from({ length: d }, () => rng.normal());
  const target = Float64Array.from({ length: d }, () => rng.normal());
  let state = opt.init(w);
  let coarseState: CoarseAdamState = { step: 0, m: new Float64Array(d), v: 0 };
  const phi = new Float64Array(steps + 1);
  const u2 = new Float64Array(steps);
  let cosine = 0;
  let cross = 0;
  let kept = 0;
  phi[0] = dot(w, w);
  for (let n = 0; n < steps; n++) {
    const wBefore = w;
    const x = target.map((t) => t + 0.5 * rng.normal());
    const r = Math.sqrt(dot(w, w));
    const g = new Float64Array(d);
    if (normalized) {
      const proj = dot(w, x) / r;
      for (let i = 0; i < d; i++) g[i] = -(x[i] - (proj * w[i]) / r) / r;
    } else {
      for (let i = 0; i < d; i++) g[i] = w[i] - x[i];
    }
    let update: Float64Array;
    let m: Float64Array;
    if (coarse) {
      const out = coarseAdamDirection(num(c, 'adamBeta'), gamma, g, coarseState);
      [update, coarseState, m] = [out.update, out.state, out.state.m];
      // AdamW: W ← W − η(u + λW)
      w = w.map((wi, i) => wi - eta * (update[i] + lambda * wi));
    } else {
      const out = opt.step(w, g, state);
      [update, state, m] = [out.update, out.state, out.state.m];
      w = out.params;
    }
    u2[n] = dot(update, update);
    // ‖W_{n+1}‖² = (1 − ηλ)²‖W_n‖² − 2η(1 − ηλ)⟨W_n, u_n⟩ + η²‖u_n‖² (exact for AdamW)
    cross += -2 * eta * (1 - eta * lambda) * dot(wBefore, update);
    kept += eta * eta * u2[n];
    cosine = Math.max(cosine, Math.abs(dot(w, m)) / (Math.sqrt(dot(w, w)) * Math.sqrt(dot(m, m))));
    phi[n + 1] = dot(w, w);
  }
  return { phi, u2, cosine, cross, kept, steps };
}

/**
 * Theorem 2's discrete form as this run states it: eq. (8), or a claim mutant's perturbation of it —
 * `decay-halved` (1 − 2ηλ → 1 − ηλ) or `momentum-gain` (η²‖u‖² → (1 + γ)/(1 − γ)·η²‖u‖²).
 */
function normForm(c: Claim, ctx: Pick<CheckContext, 'input'>, gamma: number): NormForm {
  return {
    decay: mutated(c, ctx, 'decay-halved') ? 0.5 : 1,
    gain: mutated(c, ctx, 'momentum-gain') ? (1 + gamma) / (1 - gamma) : 1,
  };
}

/**
 * What the stated form drops over what it keeps: with gain g it keeps g·Σ η²‖u‖² and drops the rest of the exact
 * step identity, Σ −2η(1 − ηλ)⟨W_n, u_n⟩ − (g − 1)Σ η²‖u‖² (for eq. (8), g = 1: |cross/kept|).
 */
const droppedOverKept = (t: Trajectory, form: NormForm): number => {
  const g = form.gain ?? 1;
  return Math.abs((t.cross - (g - 1) * t.kept) / (g * t.kept));
};

/**
 * Theorem 2 is judged only where its assumption 1 holds, as the claim declares it in numbers
 * (`assumption1MaxRatio`: the dropped Σ −2η⟨W_n, u_n⟩ over the kept Σ η²‖u_n‖²); otherwise the reason.
 */
function assumption1Unmet(c: Claim, ratio: number, see: string): { hypothesesUnmet?: string } {
  const maxRatio = num(c, 'assumption1MaxRatio');
  if (!(ratio > maxRatio)) return {};
  return {
    hypothesesUnmet: `assumption 1 does not hold on this run: the dropped Σ −2η⟨W_n, u_n⟩ is ${ratio.toPrecision(3)}× the kept Σ η²‖u_n‖² (theorem 2 needs ≤ ${maxRatio}); see ${see}`,
  };
}

/**
 * Theorem 2's prediction of the change of ‖W‖²: |Δφ − Δφ̃| / |Δφ̃| over the run (Δ from n = 0 to N). Unlike
 * the relative error of ‖W_n‖² itself, which scales with ηλN, this is free of the learning rate to first order.
 */
function normError(c: Claim, ctx: CheckContext, coarse: boolean, gamma = num(c, 'adamGamma')): Measurement {
  const t = train(c, ctx.seed, true, coarse, gamma);
  const form = normForm(c, ctx, gamma);
  const approx = discreteTheoremTwo(t.phi[0], t.u2, num(c, 'lr'), num(c, 'weightDecay'), form);
  const change = t.phi[t.steps] - t.phi[0];
  const predicted = approx[t.steps] - t.phi[0];
  let worst = 0;
  let at = 0;
  // the part of eq. (8) beyond pure decay, η²Σ‖u_k‖²: the error is also reported relative to it
  let growth = 0;
  for (let n = 0; n < t.steps; n++) growth += num(c, 'lr') ** 2 * t.u2[n];
  for (let n = 0; n <= t.steps; n++) {
    const e = Math.abs(t.phi[n] - approx[n]) / t.phi[n];
    if (e > worst) [worst, at] = [e, n];
  }
  return {
    measured: Math.abs(change - predicted) / Math.abs(predicted),
    ...assumption1Unmet(c, droppedOverKept(t, form), 'assumption1_cross_over_kept'),
    method: `${coarse ? 'AdamW with coarse-grained v (assumption 2)' : 'adamw kernel, per-entry v (assumption 2 not imposed)'} (η = ${num(c, 'lr')}, λ = ${num(c, 'weightDecay')}, (β, γ) = (${num(c, 'adamBeta')}, ${gamma})) on ½‖W/‖W‖ − x_n‖², d = ${num(c, 'dim')}, ${t.steps} steps; |Δ‖W‖² − Δφ̃|/|Δφ̃| over the run`,
    work: t.steps,
    detail: {
      change,
      predicted_change: predicted,
      max_rel_error_norm: worst,
      worst_n: at,
      phi_final: t.phi[t.steps],
      approx_final: approx[t.steps],
      phi_initial: t.phi[0],
      error_over_eta_term: Math.abs(t.phi[t.steps] - approx[t.steps]) / growth,
      cross_over_kept: t.cross / t.kept,
    },
  };
}

const cosineCheck = (name: string, normalized: boolean, informational: boolean): Check => ({
  name,
  layer: 'empirical',
  informational,
  run(c, ctx) {
    // under `scale-invariance-dropped` the scale-invariant loss is replaced by the plain one (the checked run only)
    const scaleInvariant =
      normalized && !(name === 'assumption1_cosine' && mutated(c, ctx, 'scale-invariance-dropped'));
    const t = train(c, ctx.seed, scaleInvariant);
    return {
      measured: t.cosine,
      method: `max_n |⟨W_{n+1}, m_n⟩|/(‖W_{n+1}‖‖m_n‖), ${scaleInvariant ? 'scale-invariant loss' : 'control without normalization'}, ${t.steps} AdamW steps (coarse v)`,
      work: t.steps,
    };
  },
});

/**
 * Assumption 1 judged by what theorem 2 needs of it: the dropped −2η⟨W_n, u_n⟩ summed over the run, over
 * the kept η²‖u_n‖² (a cosine that is merely "small" can still make the dropped term dominate).
 */
const assumption1Ratio: Check = {
  name: 'assumption1_cross_over_kept',
  layer: 'empirical',
  informational: true,
  run(c, ctx) {
    const t = train(c, ctx.seed, true);
    return {
      measured: droppedOverKept(t, normForm(c, ctx, num(c, 'adamGamma'))),
      method: `|Σ −2η(1 − ηλ)⟨W_n, u_n⟩| / Σ η²‖u_n‖², scale-invariant loss, ${t.steps} AdamW steps (coarse v), γ = ${num(c, 'adamGamma')}`,
      work: t.steps,
      detail: {
        cross: t.cross,
        kept: t.kept,
        max_cosine_w_m: t.cosine,
        first_order_prediction: (2 * num(c, 'adamGamma')) / (1 - num(c, 'adamGamma')),
      },
    };
  },
};

/**
 * The mechanism behind theorem 2's failure with momentum: W_n carries −η Σ past u, so ⟨W_n, u_n⟩ ≈ −η‖u‖²γ/(1 − γ)
 * and the dropped term is ≈ 2γ/(1 − γ) times the kept one. Measured over a γ sweep and seeds (median of the ratios).
 */
const crossTermSweep: Check = {
  name: 'cross_term_ratio_gamma_sweep',
  layer: 'empirical',
  informational: true,
  run(c, ctx) {
    const gammas = list(c, 'crossGammas');
    const seeds = num(c, 'crossSeeds');
    const ratios: number[] = [];
    const rows: number[][] = [];
    // the first-order account cross/kept ≈ 2γ/(1 − γ); the mutant halves it
    const predicted = (g: number) => (mutated(c, ctx, 'cross-term-halved') ? g / (1 - g) : (2 * g) / (1 - g));
    for (const g of gammas) {
      const row: number[] = [];
      for (let s = 0; s < seeds; s++) {
        const t = train(c, ctx.seed * seeds + s, true, true, g);
        row.push(t.cross / t.kept / predicted(g));
      }
      rows.push(row);
      ratios.push(...row);
    }
    const sorted = [...ratios].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return {
      measured: median,
      method: `(Σ −2η⟨W_n, u_n⟩ / Σ η²‖u_n‖²) ÷ 2γ/(1 − γ), γ ∈ {${gammas.join(', ')}} × ${seeds} seeds, median`,
      work: ratios.length * num(c, 'steps'),
      detail: { gammas, ratio_over_prediction: rows },
    };
  },
};

export const empiricalChecks: readonly Check[] = [
  { name: 'discrete_norm_rel_error', layer: 'empirical', run: (c, ctx) => normError(c, ctx, true) },
  {
    name: 'discrete_norm_rel_error_per_entry_v',
    layer: 'empirical',
    informational: true,
    run: (c, ctx) => normError(c, ctx, false),
  },
  // diagnosis: with γ = 0 the first moment has no memory, so ⟨W_n, u_n⟩ is O(η²) per step
  { name: 'discrete_norm_rel_error_no_momentum', layer: 'empirical', run: (c, ctx) => normError(c, ctx, true, 0) },
  cosineCheck('assumption1_cosine', true, true),
  assumption1Ratio,
  crossTermSweep,
  cosineCheck('assumption1_without_normalization', false, false),
  {
    name: 'figure5_transformer_norm',
    layer: 'empirical',
    experiment: 'figure5',
    async run(_c, ctx) {
      const { tensors, detail } = await figure5(ctx);
      const normed = tensors.filter((t) => t.qkNorm);
      const worst = normed.reduce((w, t) => (t.changeRelError > w.changeRelError ? t : w));
      return {
        measured: worst.changeRelError,
        method: `AdamW (lr ${detail.lr}, λ ${detail.weightDecay}) on the char transformer with qk-norm; φ_{n+1} = (1 − ηλ)²φ_n + η²‖u_{W,n}‖² from the recorded ‖u_W‖²; |Δ‖W‖² − Δφ| / |Δφ| over the run, worst of the ${normed.length} query/key tensors`,
        work: detail.runs * detail.steps,
        ...assumption1Unmet(_c, Math.max(...normed.map((t) => t.crossOverKept)), 'figure5_assumption1_qk_norm'),
        detail: {
          ...figure5Detail(normed),
          ...figure5Curves(normed),
          worst_tensor: `${worst.tensor} (seed ${worst.seed})`,
          ...trainingDetail(detail),
        },
      };
    },
  },
  {
    name: 'figure5_assumption1_qk_norm',
    layer: 'empirical',
    experiment: 'figure5',
    informational: true,
    async run(_c, ctx) {
      const { tensors, detail } = await figure5(ctx);
      const normed = tensors.filter((t) => t.qkNorm);
      return {
        measured: Math.max(...normed.map((t) => t.crossOverKept)),
        method: `|Σ −2η(1 − ηλ)⟨W_n, u_{W,n}⟩| / Σ η²‖u_{W,n}‖² from the recorded series, worst of the ${normed.length} query/key tensors with qk-norm (what theorem 2 drops over what it keeps)`,
        work: detail.runs * detail.steps,
        detail: {
          cross_over_kept: normed.map((t) => t.crossOverKept),
          ...figure5Detail(normed),
          ...trainingDetail(detail),
        },
      };
    },
  },
  figure5Cosine('figure5_lemma2_equal_time_qk_norm', true),
  figure5Cosine('figure5_equal_time_cosine_without_qk_norm', false),
];

/** The figure-5 sweep, qk-norm on and off (trained once, read from the run cache by the other checks). */
async function figure5(ctx: CheckContext) {
  const { ctadamFigure5 } = await loadExperiment(() => import('../../experiments/specs/ctadam-figure5.js'));
  const budget = experimentInput<Figure5Budget>(ctx);
  const r = await ctadamFigure5(budget, experimentOptions(ctx));
  requireComplete(r.detail, ctx);
  return { tensors: r.tensors, detail: { ...r.detail, lr: budget.lr, weightDecay: budget.weightDecay } };
}

type Figure5Row = {
  tensor: string;
  seed: number;
  finalRelError: number;
  maxRelError: number;
  maxCosWG: number;
  maxCosWU: number;
  identityRelError: number;
  w2First: number;
  w2Last: number;
  changeRelError: number;
};

/** Per watched tensor: the prediction error, assumption 1, the neglected ⟨W, u⟩ and the exact one-step identity (harness self-check). */
function figure5Detail(rows: readonly Figure5Row[]) {
  return {
    tensor: rows.map((t) => `${t.tensor}/seed ${t.seed}`).join(', '),
    final_rel_error: rows.map((t) => t.finalRelError),
    max_rel_error: rows.map((t) => t.maxRelError),
    change_rel_error: rows.map((t) => t.changeRelError),
    max_cos_w_g: rows.map((t) => t.maxCosWG),
    max_cos_w_u: rows.map((t) => t.maxCosWU),
    exact_identity_rel_error: rows.map((t) => t.identityRelError),
    w2_first: rows.map((t) => t.w2First),
    w2_last: rows.map((t) => t.w2Last),
  };
}

function figure5Cosine(name: string, qkNorm: boolean): Check {
  return {
    name,
    layer: 'empirical',
    experiment: 'figure5',
    async run(_c, ctx) {
      const { tensors, detail } = await figure5(ctx);
      const rows = tensors.filter((t) => t.qkNorm === qkNorm);
      return {
        measured: Math.max(...rows.map((t) => t.maxCosWG)),
        method: `max_n |⟨W_n, g_{W,n}⟩|/(‖W_n‖‖g_{W,n}‖) over the query/key tensors of the char transformer ${qkNorm ? 'with' : 'without'} qk-norm (real gradients, AdamW training)`,
        work: detail.runs * detail.steps,
        detail: { ...figure5Detail(rows), ...trainingDetail(detail) },
      };
    },
  };
}
