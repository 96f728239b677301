/** ctadam §4.2, appendix C, J, K: proposition 2, lemma 2, theorem 2, proposition 3. Data only. */
import type { Budget, Claim, Declared } from '../../src/core/theorem.js';
import type { Figure5Budget } from '../../experiments/specs/ctadam-figure5.js';

/**
 * ctadam figure 5's sweep: AdamW on the char transformer, qk-norm on and off. The paper (app. H, fig. 5):
 * nanoGPT, (β, γ) = (0.999, 0.9), 100 iterations at the PyTorch AdamW defaults η = 1e-3, λ = 1e-2 (app. J);
 * standard uses those, 2 seeds; quick keeps a larger η, λ so that 150 steps move ‖W‖² visibly.
 */
const figure5 = {
  quick: {
    model: { context: 32, dModel: 32, heads: 2, layers: 1 },
    seeds: 1,
    steps: 150,
    batch: 16,
    lr: 3e-3,
    weightDecay: 0.1,
    beta1: 0.9,
    beta2: 0.999,
  },
  standard: {
    model: { context: 32, dModel: 32, heads: 2, layers: 1 },
    seeds: 2,
    steps: 150,
    batch: 16,
    lr: 1e-3,
    weightDecay: 1e-2,
    beta1: 0.9,
    beta2: 0.999,
  },
  full: {
    model: { context: 64, dModel: 128, heads: 4, layers: 4 },
    seeds: 3,
    steps: 5000,
    batch: 64,
    lr: 1e-3,
    weightDecay: 0.1,
    beta1: 0.9,
    beta2: 0.999,
  },
} as const satisfies Record<Budget, Declared<Figure5Budget>>;

// Paper naming: β = second-moment rate (our beta2), γ = first-moment rate (our beta1).
const identity = (source: string) => ({ expected: 0, tolerance: { kind: 'abs', atol: 1e-30 } as const, source });
const order = (expected: number, delta: number, source: string) => ({
  expected,
  tolerance: { kind: 'order', delta } as const,
  source,
});

const settings = {
  identityPoints: 64,
  /** η grid for the order fits (λ = 0), and s grid for the joint fit η = λ = s */
  etaGrid: [0.04, 0.02, 0.01, 0.005],
  jointGrid: [0.04, 0.02, 0.01, 0.005],
  /** rotation-type update u = ω(t)JW/‖W‖, ω = ω0(1 + a sin(νt)) */
  omega0: 1,
  omegaMod: 0.5,
  nu: 0.7,
  radial: 0.3,
  T: 10,
  residualFrom: 1,
  w0: [1, 0.5],
  rtol: 1e-9,
  /** the paper's AdamW defaults (η, λ) = (1e−3, 1e−2) for the direct comparison */
  eta: 1e-3,
  lambda: 1e-2,
  Tnorm: 20,
  /** empirical model problem: L(W) = ½‖W/‖W‖ − x*‖², d coordinates, AdamW (β, γ) = (0.999, 0.9) */
  dim: 8,
  steps: 3000,
  adamBeta: 0.999,
  adamGamma: 0.9,
  lr: 1e-3,
  weightDecay: 1e-2,
  /** the γ sweep of the cross-term mechanism (seeds per γ) */
  crossGammas: [0.5, 0.8, 0.9, 0.95],
  crossSeeds: 3,
  /**
   * Assumption 1 as theorem 2 uses it, as a number: the dropped Σ −2η⟨W_n, u_n⟩ at most this fraction of the
   * kept Σ η²‖u_n‖² (a tenth would move the predicted change by 10%, the discrete_norm_rel_error yardstick)
   */
  assumption1MaxRatio: 0.1,
  /**
   * prop. 2 vs discrete AdamW: L = ½Σa_i(θ_i − x_i)² from θ = 0. Lemma 1 is asymptotic only once the v window
   * η/(1 − β) is short against g's time scale (0.2 at most here; 1 at the paper's (0.999, 0.9), η = 1e−3), and
   * ½ηθ″ is visible only when θ″ = O(1): λ = 1 (2λη ≤ 0.02 < 1, appendix C's condition)
   */
  prop2Point: [0.95, 0.9],
  prop2Lambda: 1,
  prop2EtaGrid: [0.01, 0.005, 0.0025, 0.00125],
  prop2Curvature: [1, 4],
  prop2Minimum: [8, -8],
  prop2Warmup: 1,
  prop2Horizon: 1,
  prop2Rtol: 1e-10,
} as const;

export const metaAdaptiveClaim = {
  id: 'meta-adaptive-norm-ode',
  paper: 'ctadam',
  labels: ['lemma-2', 'theorem-2', 'proposition-3', 'proposition-2'],
  title: 'Meta-adaptive normalization: ‖W(t)‖² is an exponential moving average of ‖u_W‖²',
  statement: {
    text:
      'For a scale-invariant weight W obeying ½ηW″ + W′ + λW = −u_W (eq. 7) under assumptions 1–2, up to order η: ' +
      '‖W(t)‖² = ‖W(0)‖²e^{−2λt} + η∫₀ᵗ e^{−2λ(t−τ)}‖u_W(τ)‖²dτ (eq. 8); ⟨W, ∇_W L⟩ = 0 (lemma 2); k± = 1/η ± √((1 − 2λη)/η²) (prop. 2); ' +
      '½ηŴ″ + Ŵ′ + ΛŴ = −u_W/‖W‖ with ⟨Ŵ′, Ŵ⟩ = 0, ⟨Ŵ″, Ŵ⟩ = −‖Ŵ′‖² (prop. 3).',
    latex:
      '\\|W(t)\\|^2 = \\|W(0)\\|^2 e^{-2\\lambda t} + \\eta\\int_0^t e^{-2\\lambda(t-\\tau)}\\|u_W(\\tau)\\|^2\\,d\\tau',
  },
  hypotheses: [
    'L scale-invariant in W',
    'assumption 1: ⟨W(t), g_W(τ)⟩ neglected',
    'assumption 2: coarse-grained v_W',
    'η, λ small; O(η² + ηλ + λ²) neglected',
  ],
  settings,
  experiments: { figure5 },
  expectations: {
    phi_solves_ode: {
      ...identity('eq. (8) ⇔ φ′ + 2λφ = η‖u‖², φ(0) = φ0 (for ‖u‖² = a + b e^{−cτ})'),
      kind: 'evidence',
    },
    k_plus_root: { ...identity('appendix C: θ = e^{−k₊t} solves λθ + θ′ + ½ηθ″ = 0'), kind: 'evidence' },
    k_minus_root: { ...identity('appendix C: θ = e^{−k₋t} solves λθ + θ′ + ½ηθ″ = 0'), kind: 'evidence' },
    lemma2_ratio_loss: { ...identity('lemma 2: ⟨W, ∇L⟩ = 0 for L = (w1 + 2w2)²/‖W‖² + w3/‖W‖'), kind: 'evidence' },
    lemma2_smooth_loss: { ...identity('lemma 2: ⟨W, ∇L⟩ = 0 for L = exp(w1w2/‖W‖²)'), kind: 'evidence' },
    prop3_first_projection: { ...identity('appendix J: ⟨Ŵ′, Ŵ⟩ = 0'), kind: 'evidence' },
    prop3_second_projection: { ...identity('appendix J: ⟨Ŵ″, Ŵ⟩ = −‖Ŵ′‖²'), kind: 'evidence' },
    residual_order_eta: { ...order(2, 0.15, 'appendix J: φ′ + 2λφ − η‖u‖² = O(η²) at λ = 0'), kind: 'evidence' },
    residual_order_joint: {
      ...order(2, 0.15, 'appendix J: φ′ + 2λφ − η‖u‖² = O(η² + ηλ + λ²), η = λ = s'),
      kind: 'evidence',
    },
    prop2_eq4_discrete_order: {
      ...order(
        2,
        0.15,
        'prop. 2 (appendix C: Taylor to O(η²)) with prop. 1 / lemma 1: discrete AdamW θ_n − θ(nη) = O(η²) on a fixed horizon after the transient; figure 1 "closely agrees"',
      ),
      kind: 'evidence',
    },
    prop3_eq9_order_joint: {
      ...order(
        2,
        0.15,
        'prop. 3: eq. (9) with Λ = ½ηr‖Ŵ′‖² holds up to first order in (η, λ): max_t ‖Ŵ_(9) − W/‖W‖‖ = O(s²) on a fixed horizon, η = λ = s (as norm_order_joint)',
      ),
      kind: 'evidence',
    },
    prop3_eq9_derived_lambda_order_joint: {
      ...order(
        2,
        0.15,
        'beyond the paper: eq. (16) with (17) divided by r gives Λ = ½η‖Ŵ′‖² (no factor r); with it eq. (9) is first-order accurate, O(s²)',
      ),
      kind: 'evidence',
    },
    norm_order_joint: {
      ...order(2, 0.15, 'theorem 2: ‖W‖² − eq. (8) = O(s²) on a fixed horizon, η = λ = s'),
      kind: 'evidence',
    },
    norm_rel_error_default: {
      kind: 'evidence',
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-3 },
      source: '§4.2 fig. 5: eq. (8) "accurate" at PyTorch defaults (η, λ) = (1e−3, 1e−2); 1e−3 relative chosen here',
    },
    non_orthogonal_control: {
      ...order(
        2,
        0.15,
        'control outside the claim: with ⟨W, u⟩ ≠ 0 the residual must NOT shrink like η² — not evidence: the negative control of residual_order_eta (it shows the order measurement can fail); no perturbation of eq. (8) makes the O(1) radial term shrink',
      ),
      kind: 'consistency',
    },
    appendix_j_last_line: {
      kind: 'evidence',
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-3 },
      source: 'appendix J last line: ‖Ẇ(t)‖² = ‖Ẇ(0)‖²e^{−2λt} + η∫… (slip for ‖W(t)‖²)',
    },
    discrete_norm_rel_error: {
      kind: 'evidence',
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.1 },
      source:
        'theorem 2, discrete form φ̃_{n+1} = (1 − 2ηλ)φ̃_n + η²‖u_n‖² vs AdamW: relative error of the predicted change of ‖W‖² over the run; the theorem drops only O(η² + ηλ) relative terms, so an error of 10% of the change would already mean ‖W‖² is not the EMA of η‖u‖² it states',
    },
    discrete_norm_rel_error_per_entry_v: {
      kind: 'consistency',
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.1 },
      source:
        'outside assumption 2: plain per-entry AdamW, same comparison and yardstick — not evidence: outside assumption 2 the claim says nothing, and no perturbation of eq. (8) reaches a dropped term 127× the kept one; a control',
    },
    discrete_norm_rel_error_no_momentum: {
      kind: 'evidence',
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.1 },
      source:
        'theorem 2 where its assumption 1 holds (γ = 0: no first-moment memory, so ⟨W_n, u_n⟩ = O(η²)): same comparison and yardstick',
    },
    assumption1_cosine: {
      kind: 'evidence',
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.05 },
      source:
        "assumption 1 read as a cosine: ⟨W_n, m_n⟩ small (max cosine; 0.05 chosen here — not the theorem's yardstick, see assumption1_cross_over_kept)",
    },
    assumption1_cross_over_kept: {
      kind: 'evidence',
      expected: settings.assumption1MaxRatio,
      tolerance: { kind: 'upper', slack: 0 },
      source:
        'assumption 1 as theorem 2 uses it: the dropped −2η⟨W_n, u_n⟩ (summed) must be ≪ the kept η²‖u_n‖²; at a tenth it would still move the predicted change by 10%, the discrete_norm_rel_error yardstick',
    },
    cross_term_ratio_gamma_sweep: {
      kind: 'evidence',
      expected: 1,
      tolerance: { kind: 'rel', rtol: 0.05 },
      source:
        "this tool's first-order account of the failure (not the paper's): W_n ∋ −ηΣ past u ⇒ ⟨W_n, u_n⟩ ≈ −η‖u‖²γ/(1 − γ), so cross/kept ≈ 2γ/(1 − γ); 5% covers the neglected O(η/(1 − γ)) corrections (measured within 0.7% for γ ≤ 0.95)",
    },
    assumption1_without_normalization: {
      kind: 'consistency',
      expected: 0.05,
      tolerance: { kind: 'lower', slack: 0 },
      source:
        'appendix G: without scale invariance ⟨W, g_W⟩ is not negligible (max cosine ≥ the 0.05 of assumption1_cosine) — not evidence: the negative control of assumption1_cosine (it shows the cosine measurement can be large)',
    },
    figure5_transformer_norm: {
      kind: 'consistency',
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.1 },
      source:
        "§4.2 fig. 5: eq. (8) predicts the change of ‖W_n‖² of the query/key matrices under qk-norm (relative error of the change over the run, worst tensor; the yardstick of discrete_norm_rel_error) — not evidence at the budgets the mutant suite runs: the run does not meet assumption 1, and no perturbation of eq. (8) flips it (the momentum-corrected gain (1 + γ)/(1 − γ) misses the net change, which is 1/20 of the dropped term); only the exact step identity with −2η⟨W, u⟩ kept would pass, and that is AdamW's algebra against itself (exact_identity_rel_error)",
    },
    figure5_assumption1_qk_norm: {
      kind: 'consistency',
      expected: settings.assumption1MaxRatio,
      tolerance: { kind: 'upper', slack: 0 },
      source:
        'assumption 1 as theorem 2 uses it, on the qk-norm transformer: dropped Σ −2η⟨W_n, u_n⟩ ≤ a tenth of the kept Σ η²‖u_n‖² (app. G plots a different quantity, |⟨W(t_1000), g(t_n)⟩|, so this is a finding, not a verdict on app. G) — not evidence: a measurement of the hypothesis, far outside it (20×); no perturbation of eq. (8) brings the dropped term under a tenth of the kept one on this run (the momentum-corrected gain leaves 0.12)',
    },
    figure5_lemma2_equal_time_qk_norm: {
      kind: 'consistency',
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.05 },
      source:
        'lemma 2 (exact): with qk-norm ⟨W_n, g_{W,n}⟩ = 0 at equal times, up to float32 rounding — a consistency check of the harness, not of assumption 1 (which concerns τ < t)',
    },
    figure5_equal_time_cosine_without_qk_norm: {
      kind: 'consistency',
      expected: 0.05,
      tolerance: { kind: 'lower', slack: 0 },
      source:
        'lemma 2 needs scale invariance: without the normalization ⟨W_n, g_{W,n}⟩ is not zero (max cosine ≥ 0.05) — the control of figure5_lemma2_equal_time_qk_norm, not evidence',
    },
  },
  mutants: {
    'phi-gain-x2': {
      description: 'eq. (8) η∫₀ᵗe^{−2λ(t−τ)}‖u_W‖²dτ → 2η∫… (ODE form φ′ + 2λφ = η‖u‖² → 2η‖u‖²)',
      checks: [
        'phi_solves_ode',
        'residual_order_eta',
        'residual_order_joint',
        'norm_order_joint',
        'norm_rel_error_default',
      ],
    },
    'decay-halved': {
      description: 'eq. (8) e^{−2λt}, e^{−2λ(t−τ)} → e^{−λt}, e^{−λ(t−τ)} (discrete form (1 − 2ηλ)φ̃_n → (1 − ηλ)φ̃_n)',
      checks: ['discrete_norm_rel_error_no_momentum'],
    },
    'momentum-gain': {
      description:
        "eq. (8) with momentum folded in: η‖u_W‖² → (1 + γ)/(1 − γ)·η‖u_W‖² (= eq. (8) at γ = 0; this tool's first-order account of the dropped −2η⟨W, u⟩)",
      checks: ['discrete_norm_rel_error', 'assumption1_cross_over_kept'],
    },
    'cross-term-halved': {
      description: 'the first-order account cross/kept ≈ 2γ/(1 − γ) → γ/(1 − γ)',
      checks: ['cross_term_ratio_gamma_sweep'],
    },
    'k-discriminant': {
      description: 'k± = 1/η ± √((1 − 2λη)/η²) → 1/η ± √((1 − λη)/η²)',
      checks: ['k_plus_root', 'k_minus_root'],
    },
    'lemma2-not-scale-invariant': {
      description:
        'lemma 2 with its hypothesis dropped (L not scale-invariant): ratio loss (w1 + 2w2)²/‖W‖³ + w3/‖W‖² (degree −1), smooth loss exp(w1w2/‖W‖)',
      checks: ['lemma2_ratio_loss', 'lemma2_smooth_loss'],
    },
    'hat-not-unit': {
      description: 'proposition 3 with Ŵ = W/‖W‖ → W/‖W‖² (the unit-norm direction replaced)',
      checks: ['prop3_first_projection', 'prop3_second_projection'],
    },
    'eq4-inertia-x2': {
      description: 'eq. (4): λθ + θ′ + ½ηθ″ = −u → λθ + θ′ + ηθ″ = −u',
      checks: ['prop2_eq4_discrete_order'],
    },
    'prop3-lambda-r-dropped': {
      description: 'prop. 3: Λ = ½ηr‖Ŵ′‖² → ½η‖Ŵ′‖² (the factor r = ‖W‖ dropped)',
      checks: ['prop3_eq9_order_joint'],
    },
    'prop3-lambda-x2': {
      description: 'eq. (9) with Λ = ½η‖Ŵ′‖² → η‖Ŵ′‖²',
      checks: ['prop3_eq9_derived_lambda_order_joint'],
    },
    'appendix-j-as-statement': {
      description:
        "appendix J's last line ‖Ẇ(t)‖² = ‖Ẇ(0)‖²e^{−2λt} + η∫… → ‖W(t)‖² = ‖W(0)‖²e^{−2λt} + η∫… (the main-text statement)",
      checks: ['appendix_j_last_line'],
    },
    'scale-invariance-dropped': {
      description: "assumption 1 without lemma 2's hypothesis: L(W) = ½‖W/‖W‖ − x‖² → ½‖W − x‖²",
      checks: ['assumption1_cosine'],
    },
  },
  findings: [
    {
      check: 'prop3_eq9_order_joint',
      note: 'eq. (9) as stated, Λ = ½ηr‖Ŵ′‖², is off at first order whenever r = ‖W‖ ≠ 1 (order ≈ 1 in s, ‖Ŵ‖ drifts off 1 at O(η)): substituting (17) into (16) and dividing by r gives Λ = ½η‖Ŵ′‖² (dimensionally, ηr‖Ŵ′‖² has the units of W times a rate); with that Λ the order is 2 (prop3_eq9_derived_lambda_order_joint)',
    },
    {
      check: 'discrete_norm_rel_error',
      note: 'with momentum γ = 0.9 the −2η⟨W_n, u_n⟩ that assumption 1 drops is first order (memory γ/(1 − γ) steps): 17.9× the kept η²‖u‖² term, against 2γ/(1 − γ) = 18 predicted (cross_term_ratio_gamma_sweep); the run does not meet assumption 1, so theorem 2 is not judged there. With γ = 0 (assumption 1 met) theorem 2 predicts the change of ‖W‖² to 5e−6',
    },
    {
      check: 'assumption1_cross_over_kept',
      note: 'a small cosine (0.008) is not a negligible term: the dropped −2η⟨W, u⟩ outweighs the kept η²‖u‖² 18-fold at (η, λ, γ) = PyTorch defaults',
    },
    {
      check: 'appendix_j_last_line',
      note: 'the proof of theorem 2 ends with ‖Ẇ(t)‖² where the statement has ‖W(t)‖²; the main-text statement is what is checked',
    },
  ],
} as const satisfies Claim;
