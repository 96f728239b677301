/** gsi definition 3.5, corollary 3.6: the Adam flow is first-order gradient-scale-invariant iff τ1 = τ2. Data only. */
import type { Budget, Claim, Declared } from '../../src/core/theorem.js';
import type { Table1Budget } from '../../experiments/specs/gsi-table1.js';
import type { RefereeBudget } from '../../experiments/specs/gsi-referee.js';

/**
 * gsi table 1's sweep on the paper's protocol (app. C): stock Adam (torch.optim.Adam: bias-corrected,
 * m̂/(√v̂ + ε), remark A.5), linear warm-up over 20% of training from 1e-2·lr (LinearLR), then cosine
 * annealing to 0 (SequentialLR). ω is taken after the transient (remark 3.4). Hypothesis t − t0 ≫ τ2 as
 * numbers: transient and measured span each ≥ 2 τ2 of the slowest β2 (τ2 = 1000 steps for β2 = 0.999).
 */
const table1Protocol = {
  betas: [0.9, 0.99, 0.999],
  seeds: 3,
  windows: [1, 10, 100, 200, 500],
  referenceWindow: 200,
  lr: 1e-3,
  eps: 1e-8,
  adam: 'pytorch',
  hypothesisTau2: 2,
} as const;
const warmupCosine = (steps: number) => ({ schedule: { warmup: steps / 5, startFactor: 1e-2, minFactor: 0 } });
const mnistMlp64 = { kind: 'mnist-mlp', hidden: [64], trainExamples: 4000 } as const;

/**
 * quick: 1000 steps — one τ2 of β2 = 0.999, so the check reports the table without a verdict (hypotheses
 * not met). standard: 5000 steps (5 τ2), ω over steps 2000–5000 — meets them, runs in CI. full: paper-sized models.
 */
const table1 = {
  quick: { ...table1Protocol, tasks: [mnistMlp64], steps: 1000, batch: 32, transient: 200, ...warmupCosine(1000) },
  standard: { ...table1Protocol, tasks: [mnistMlp64], steps: 5000, batch: 32, transient: 2000, ...warmupCosine(5000) },
  full: {
    ...table1Protocol,
    tasks: [
      { kind: 'mnist-mlp', hidden: [128] },
      { kind: 'char-transformer', context: 64, dModel: 64, heads: 4, layers: 2, qkNorm: false },
    ],
    steps: 5000,
    batch: 64,
    transient: 2000,
    ...warmupCosine(5000),
  },
} as const satisfies Record<Budget, Declared<Table1Budget>>;

const settings = {
  epsGrid: [0.04, 0.02, 0.01, 0.005],
  amplitude: 1,
  tau1: 1,
  tau2: 2,
  rtol: 1e-10,
  samples: 800,
  identityPoints: 64,
  propertyRuns: 12,
  // discrete form (referee report, seed 002): β1 = 0.9, β2 = 0.999, scale factors c
  beta1: 0.9,
  beta2: 0.999,
  scaleFactors: [0.5, 2, 10],
  // c → 1 for the order of ‖u(g) − u(c·g)‖ in |c − 1|
  scaleSteps: [0.1, 0.05, 0.025, 0.0125],
  fdStep: 1e-6,
  // states from real gradient histories: ln|g_{k,i}| = c_i + A_i sin(εk + φ_i), ε·τmax over this grid,
  // evaluated at historyPoints steps over one period after historyWarmup·τmax steps
  historyCoordinates: 8,
  historyDrift: [0.1, 0.05, 0.025, 0.0125],
  historyWarmup: 30,
  historyPoints: 64,
  // synthetic experiment of figures 1–2: ln g rises by ln 10 over a logistic ramp of width w steps
  synthBeta1: 0.9,
  synthBeta2: 0.99,
  rampLogScale: Math.log(10),
  rampWidth: 20000,
  rampSteps: 200000,
  // the referee's "what would settle it" (seed 002): g_t → c·g_t over decades, states of noisy histories
  // (the first evaluation is 6 τ2 of β2 = 0.999 in, so the moments have forgotten their zero start)
  refereeC: [1e-3, 1e-2, 0.1, 0.5, 2, 10, 100, 1000],
  refereeBetas: [0.9, 0.99, 0.999],
  refereeSnr: [0.3, 3],
  refereeCoordinates: 128,
  refereeSteps: 12000,
  refereeFrom: 6000,
  refereeEvery: 25,
} as const;

/**
 * The referee's experiment on real training: rows β1 = 0.9 and β1 = 0.99 of table 1's grid (each diagonal
 * against the larger β2 of its row; β2 < β1 is ctadam's B−, see referee.ts). quick: 600 steps, evaluated over steps 200–600; standard: 3000 steps
 * (3 τ2 of β2 = 0.999) over steps 1000–3000, two seeds.
 */
const refereeProtocol = {
  task: mnistMlp64,
  pairs: [
    [0.9, 0.9],
    [0.9, 0.99],
    [0.9, 0.999],
    [0.99, 0.99],
    [0.99, 0.999],
  ],
  batch: 32,
  lr: 1e-3,
  eps: 1e-8,
  sample: 64,
  cs: settings.refereeC,
} as const;
const referee = {
  quick: { ...refereeProtocol, seeds: 1, steps: 600, from: 200, every: 5 },
  standard: { ...refereeProtocol, seeds: 2, steps: 3000, from: 1000, every: 10 },
  full: { ...refereeProtocol, seeds: 3, steps: 5000, from: 2000, every: 10 },
} as const satisfies Record<Budget, Declared<RefereeBudget>>;

const table2Settings = {
  // appendix B: ω1 is claimed significant once w ≥ 100, ω2 for w ≥ 10, at the one-sided 0.05 level
  table2Omega1MinWindow: 100,
  table2Omega2MinWindow: 10,
  table2Alpha: 0.05,
} as const;

const table2Expectations = {
  table2_omega1_large_windows: {
    expected: table2Settings.table2Alpha,
    tolerance: { kind: 'upper', slack: 0 },
    source:
      'appendix B (table 2): for ω1 "p-values consistently below 0.05 once w ≥ 100": the largest one-sided binomial p over windows ≥ 100 and models ≤ 0.05',
    kind: 'evidence',
  },
  table2_omega2_windows: {
    expected: table2Settings.table2Alpha,
    tolerance: { kind: 'upper', slack: 0 },
    source:
      'appendix B (table 2): for ω2 "p-values typically below or close to the 0.05 threshold for w ≥ 10" — hedged (the paper\'s own NanoGPT/WikiText row has 0.35 at w = 100), so informational: the largest p over windows ≥ 10 against 0.05',
    kind: 'evidence',
  },
} as const;

export const iffTauClaim = {
  id: 'iff-tau-invariance',
  paper: 'gsi',
  labels: ['corollary-3.6', 'definition-3.5'],
  title: 'Adam is gradient-scale-invariant of first order iff τ1 = τ2 (β1 = β2)',
  statement: {
    text:
      'The Adam flow is gradient-scale-invariant of first order — R − sign(g) = O(Λ² + Λ′) — if and only if τ1 = τ2; ' +
      'in discrete form, with the state tracking the gradient, dR̃/dλ at λ = 1 equals sign(g)(β2 − β1).',
    latex: "R - \\operatorname{sign}(g) = O(\\Lambda^2 + \\Lambda') \\iff \\tau_1 = \\tau_2",
  },
  hypotheses: [
    'as theorem 3.3: g ∈ C², |g| ≥ g_min > 0, t − t0 ≫ max(τ1, τ2)',
    'discrete form: m = g, v = g² (tracking regime)',
  ],
  settings: { ...settings, ...table2Settings },
  experiments: { table1, referee },
  expectations: {
    ...table2Expectations,
    discrete_sensitivity_identity: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-30 },
      source: 'spec 000 §2: dR̃/dλ|₁ = sign(g)(β2 − β1) in the tracking state (CAS derivative vs the claimed formula)',
      kind: 'evidence',
    },
    first_order_coefficient_identity: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-30 },
      source: 'thm A.3 proof: coefficient of δ is τ2 − τ1, zero iff τ1 = τ2',
      kind: 'evidence',
    },
    order_equal_tau: {
      expected: 2,
      tolerance: { kind: 'order', delta: 0.15 },
      source:
        'spec 000 §2 "if": on the pair where the claimed coefficient vanishes (τ1 = τ2), order of max|R − sign g| ≈ 2',
      kind: 'evidence',
    },
    order_unequal_tau: {
      expected: 1,
      tolerance: { kind: 'order', delta: 0.15 },
      source:
        'spec 000 §2 "only if": τ1 ≠ τ2 ⇒ order ≈ 1; measured = fitted order ÷ the order the claim predicts (1 where its coefficient τ2 − τ1 ≠ 0)',
      kind: 'evidence',
    },
    first_order_coefficient: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0.01 },
      source:
        'spec 000 §1 table: fitted coefficient of δ = τ2 − τ1; measured = fitted ÷ claimed (τ2 − τ1 = 1 here, so the number is the fitted coefficient)',
      kind: 'evidence',
    },
    coefficient_property_random_pairs: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.01 },
      source: 'spec 000 §2: random pairs, coefficient = τ2 − τ1 (0 exactly when τ1 = τ2)',
      kind: 'evidence',
    },
    discrete_scale_sensitivity: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-6 },
      source:
        "spec 000 §2: dR̃/dλ|₁ = β2 − β1 in the tracking state m = g, v = g² (the claim's discrete hypothesis); measured = kernel central difference ÷ claimed, worst coordinate. Magnitude only: in this state every coordinate scales alike",
      kind: 'evidence',
    },
    update_scale_gap_order_equal_betas: {
      expected: 2,
      tolerance: { kind: 'order', delta: 0.1 },
      source:
        'tracking state, β2 where the claimed dR̃/dλ|₁ vanishes (β1 = β2): ‖u(g) − u(c·g)‖ = O((c − 1)²) — a magnitude test (the direction never changes in this state)',
      kind: 'evidence',
    },
    update_scale_gap_order_unequal_betas: {
      expected: 1,
      tolerance: { kind: 'order', delta: 0.1 },
      source:
        'tracking state, β1 ≠ β2: ‖u(g) − u(c·g)‖ = |β2 − β1|·|c − 1|·√n + O((c − 1)²); measured = fitted order ÷ claimed order (1 where β2 − β1 ≠ 0) — magnitude only',
      kind: 'evidence',
    },
    update_scale_gap_unequal_betas: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-12 },
      source:
        'consistency: in the tracking state the kernel computes the closed form (β1 + (1−β1)c)/√(β2 + (1−β2)c²) per coordinate, so measured = |kernel − the same closed form| (code vs the same formula)',
      kind: 'consistency',
    },
    discrete_sensitivity_drifting_state_unequal_betas: {
      expected: 1,
      tolerance: { kind: 'order', delta: 0.15 },
      source:
        'derived from spec 000 §2 + prop. 3.2 for states of real (slowly drifting) gradient histories: sign(g)dR̃/dλ|₁ = β2 − β1 + O(Λ), so max|sign(g)dR̃/dλ − (β2 − β1)| is first order in the drift',
      kind: 'evidence',
    },
    discrete_sensitivity_drifting_state_equal_betas: {
      expected: 1,
      tolerance: { kind: 'order', delta: 0.15 },
      source:
        'as above with β1 = β2: the claimed value 0 holds only at zeroth order in the drift; the first-order remainder is nonzero (order 1)',
      kind: 'evidence',
    },
    synthetic_first_order_response: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 0.05 },
      source: 'figs 1–2: max|R − 1| ≈ (τ2 − τ1) max|δ| when β1 ≠ β2 (ratio 1 up to O(τδ))',
      kind: 'evidence',
    },
    synthetic_second_order_response: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 0.05 },
      source: 'figs 1–2 + second-order expansion: max|R − 1| ≈ max|τ²δ²/2| when β1 = β2',
      kind: 'evidence',
    },
    table1_diagonal_p_value: {
      expected: 0.05,
      tolerance: { kind: 'upper', slack: 0 },
      source:
        "table 1: diagonal selected, one-sided binomial p < 0.05 at window 200 (the paper's significance level); informational at the quick budget (horizon below the claim's t − t0 ≫ τ2)",
      kind: 'evidence',
    },
    referee_scale_gap_random_histories: {
      expected: 0.5,
      tolerance: { kind: 'lower', slack: 0 },
      source:
        'abstract: "rescaling the gradient has a markedly smoother effect on the update when β1 = β2"; share of comparisons (per β1 against each larger β2, as table 1 selects β2) the diagonal wins ≥ 1/2 (what no effect of β1 = β2 would give); referee (seed 002): "what would settle it"',
      kind: 'evidence',
    },
    referee_scale_gap_training_layers: {
      expected: 0.5,
      tolerance: { kind: 'lower', slack: 0 },
      source:
        'as referee_scale_gap_random_histories, per tensor of a real training run (referee, seed 002: "mean and variance of ‖u_t(g) − u_t(c·g)‖ across layers and training steps")',
      kind: 'evidence',
      drift: 1e-6,
    },
    table1_upper_triangle_p_value: {
      expected: 0.05,
      tolerance: { kind: 'upper', slack: 0 },
      source:
        "this tool: table 1's test where no competitor is removed by the B− explosion of rows β1 > β2 (ctadam theorem 1) — does the diagonal still win? p < 0.05 as the paper",
      kind: 'evidence',
    },
  },
  mutants: {
    'difference-swapped': {
      description: 'coefficient of δ τ2 − τ1 → τ1 − τ2; discrete sensitivity β2 − β1 → β1 − β2',
      checks: [
        'discrete_sensitivity_identity',
        'first_order_coefficient_identity',
        'first_order_coefficient',
        'coefficient_property_random_pairs',
        'discrete_scale_sensitivity',
        'discrete_sensitivity_drifting_state_unequal_betas',
      ],
    },
    'coefficient-x1.1': {
      description: 'coefficient of δ τ2 − τ1 → 1.1(τ2 − τ1); discrete sensitivity β2 − β1 → 1.1(β2 − β1)',
      checks: [
        'discrete_sensitivity_identity',
        'first_order_coefficient_identity',
        'first_order_coefficient',
        'coefficient_property_random_pairs',
        'discrete_scale_sensitivity',
        'discrete_sensitivity_drifting_state_unequal_betas',
        'synthetic_first_order_response',
      ],
    },
    'no-square-root': {
      description:
        'the root of v forgotten (R ∝ m/v): coefficient 2τ2 − τ1, discrete sensitivity (1 − β1) − 2(1 − β2); invariance iff τ1 = 2τ2 (β2 = (1 + β1)/2)',
      checks: [
        'discrete_sensitivity_identity',
        'first_order_coefficient_identity',
        'order_equal_tau',
        'first_order_coefficient',
        'coefficient_property_random_pairs',
        'discrete_scale_sensitivity',
        'update_scale_gap_order_equal_betas',
        'discrete_sensitivity_drifting_state_equal_betas',
        'synthetic_first_order_response',
      ],
    },
    'invariant-for-all': {
      description: "the iff's condition dropped: R − sign(g) = O(Λ² + Λ′) and dR̃/dλ|₁ = 0 for every (τ1, τ2), (β1, β2)",
      checks: [
        'discrete_sensitivity_identity',
        'first_order_coefficient_identity',
        'order_unequal_tau',
        'coefficient_property_random_pairs',
        'update_scale_gap_order_unequal_betas',
      ],
    },
    'second-order-delta2': {
      description:
        'second-order coefficient of δ² (τ1² − τ1τ2 − τ2²/2) → (τ1² − τ1τ2 − τ2²), i.e. −τ²/2 → −τ² at τ1 = τ2',
      checks: ['synthetic_second_order_response'],
    },
    'largest-beta2-smoothest': {
      description: 'the smoothest pair under rescaling is (β1, the largest β2 of the grid), not (β, β)',
      checks: ['referee_scale_gap_random_histories', 'referee_scale_gap_training_layers'],
    },
    'argmax-omega': {
      description: "table 1: β2 = β1 MAXIMISES ω (the selection per (β1, seed) is ω's argmax)",
      checks: [
        'table1_diagonal_p_value',
        'table1_upper_triangle_p_value',
        'table2_omega1_large_windows',
        'table2_omega2_windows',
      ],
    },
  },
  findings: [
    {
      check: 'table1_upper_triangle_p_value',
      note: 'standard budget (MLP, 5000 steps, stock Adam): the full table selects the diagonal 6/9 (p = 0.042), but every row β1 > β2 has ω ≈ 10²–10⁸ (the B− explosion of ctadam theorem 1); restricted to β2 ≥ β1 the diagonal wins 3/6 (p = 0.49): the significance comes from the eliminated competitors',
    },
  ],
} as const satisfies Claim;
