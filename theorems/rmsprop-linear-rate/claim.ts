/** degenerate (arXiv 2603.09581) Prop. 5.6, Thm 5.7, Lemmas 5.4/5.5, Thms 5.1/5.3, App. F — spec 004 §5, §6, §8. Data only. */
import type { Claim, Expectation } from '../../src/core/theorem.js';

const identity = (source: string): Expectation => ({
  expected: 0,
  tolerance: { kind: 'abs', atol: 1e-30 },
  source,
  kind: 'evidence',
});

const settings = {
  identityPoints: 16,
  k: 4,
  gdEta: 0.1,
  x0: 1,
  fitT: [1e5, 1.5e5, 2e5, 3e5, 5e5, 7e5, 1e6],
  // the heavy ball's fast mode e^{−γt} makes the flow stiff for odex: one decade, 3e4…3e5
  hbFitT: [3e4, 5e4, 7e4, 1e5, 1.5e5, 2e5, 3e5],
  rtol: 1e-10,
  hbGamma: 0.5,
  expEta0: 0.1,
  expAlpha: 0.05,
  // t ≥ 300: the e^{−αt} transient of eq. (57) is below 3e-7, so the slope is the asymptotic one
  expT: [300, 325, 350, 375, 400],
  f1Eta0: 1,
  f1Alpha: 1,
  f1T: 5.4,
  f2Gamma: 1,
  f2Alpha: 0.2,
  f2Eta0: 1,
  f2Window: [10, 40],
  eta: 1e-3,
  rateBeta2Quick: [0.9, 0.99],
  rateBeta2Full: [0.9, 0.99, 0.999],
  rateSteps: 40_000,
  rateStepsFull: 200_000,
  rateWindow: 2000,
  orbitSteps: 100_000,
  orbitS0: 0.1,
  startsQuick: 48,
  startsFull: 400,
  startSteps: 20_000,
  bistableBeta2Factor: 1.05,
  // relative distance to μ* (or to the SignGD 2-cycle) that counts as converged
  convergedTol: 1e-6,
  // App. F (spec 004 §8): RMSProp on x² with η = 0.01, x0 = 1, β2 = 0.99; the window where g²/v < 1e-17 (decoupled)
  k2Eta: 0.01,
  k2X0: 1,
  k2Beta2: 0.99,
  k2Steps: 1200,
  k2GrowthWindow: [300, 700],
  // (β1, β2, c) points on the trivial line (1, 0, c); finite-difference error bound of the fixed-point module (h = 1e-6)
  k2JacobianPoints: [0.9, 0.999, 1, 0.5, 0.5, -3, 0, 0.9, 0.2, 0.3, 0.05, 10],
  k2FdTol: 2e-5,
  k2GridQuick: 8,
  k2GridFull: 20,
  k2GridSteps: 20_000,
  // spec 004 §9.4: an exponential phase is one more than 100 nats below the SignGD level L(η/2)
  k2DeepNats: 100,
  // figure 9 / spec 004 §8 discrete counterpart: (β1, β2) pairs, run past the spike; envelope fitted on the middle half
  k2AdamCases: [0.9, 0.999, 0.5, 0.99],
  k2AdamSteps: 16_000,
  k2EnvelopeWindow: [0.25, 0.75],
  // Thm 5.1 discrete (spec 004 §5): ratio x_t/((k−2)ηt)^{−1/(k−2)} at t = 1e5 for k = 4, 6
  discreteKs: [4, 6, 8],
  gdRefT: 100_000,
  gdRefRatios: [0.999938, 0.999977],
  // Remark 5.2: |x| ≤ ε = 0.1 (T_ε = 500, 25 000, 1.7e6 for k = 4, 6, 8)
  tEpsGd: 0.1,
  tEpsGdKs: [4, 6, 8],
  // Remark 5.8 / Thm 5.7: RMSProp β2 = 0.9 from x0 = 1, η = 1e-3; steps between |x| ≤ 1e-30 and |x| ≤ 1e-90
  tEpsAdamBeta2: 0.9,
  tEpsAdamKs: [4, 6, 8, 10],
  tEpsAdamLevels: [1e-30, 1e-90],
  tEpsAdamSteps: 40_000,
} as const;
const _k = settings.k;

export const rmspropRateClaim = {
  id: 'rmsprop-linear-rate',
  paper: 'degenerate',
  labels: [
    'proposition-5.6',
    'theorem-5.7',
    'lemma-5.4',
    'lemma-5.5',
    'theorem-5.1',
    'theorem-5.3',
    'remark-5.2',
    'remark-5.8',
    'appendix-F.1',
    'equation-80',
    'figure-9',
  ],
  title: 'GD/momentum power law t^{−1/(k−2)} vs RMSProp linear rate β2^{1/(2(k−2))} through s′ = c s (1 − s)^{k−2}',
  statement: {
    text:
      'Gradient flow and heavy ball on x^k/k decay like ((k−2)ηt)^{−1/(k−2)} (Thms 5.1, 5.3); with η(t) = η0 e^{αt} the decay is ' +
      'linear, e^{−αt/(k−2)} (Lemma 5.5); the sharpness map s′ = c s (1 − s)^{k−2} has s* = 1 − c^{−1/(k−2)}, stable iff c < (k/(k−2))^{k−2} ' +
      '(Prop. 5.6), so RMSProp with β2 > ((k−2)/k)^{2(k−2)} converges linearly at rate β2^{1/(2(k−2))} (Thm 5.7) with v_{t+1}/v_t → β2 (Lemma 5.4).',
    latex: '\\lim |x_{t+1}|/|x_t| = \\beta_2^{1/(2(k-2))}\\ \\text{for}\\ \\beta_2 > ((k-2)/k)^{2(k-2)}',
  },
  hypotheses: [
    'k ≥ 4 even',
    'RMSProp: β1 = 0, ε = 0, no bias correction',
    'Thm 5.7: μ0 = η|x0|^{k−2}/√v0 < 1 (first step does not overshoot) [R?]',
  ],
  settings,
  expectations: {
    sharpness_fixed_point_identity: identity('eq. (65): F(s*) = s*'),
    sharpness_slope_identity: identity('eqs. (67–69): F′(s*) = 1 − (k−2)(c^{1/(k−2)} − 1)'),
    flip_threshold_identity: identity('eqs. (19, 20, 70): F′(s*) = −1 at c = (k/(k−2))^{k−2}, β2 = c^{−2}'),
    gradient_flow_solution_eq39: identity('eq. (39) solves ẋ = −ηx^{k−1}'),
    exp_lr_flow_solution_eq56: identity('eqs. (56–57) solve ẋ = −η0 e^{αt} x^{k−1}'),
    gd_power_law_exponent_k4: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-3 },
      kind: 'evidence',
      source:
        'Thm 5.1 eq. (11, 40): x ~ ((k−2)ηt)^{−1/(k−2)}, k = 4: residual power of t in x(t)·t^{1/2} (slope − (−0.5))',
    },
    gd_power_law_exponent_k6: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-3 },
      kind: 'evidence',
      source: 'Thm 5.1, k = 6: residual power of t in x(t)·t^{1/4} (slope − (−0.25))',
    },
    gd_closed_form_max_rel_error: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-7 },
      kind: 'evidence',
      source: 'eq. (39) vs odex; spec 004 §9.5 reports 4e-13',
    },
    heavy_ball_power_law_exponent_k4: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-3 },
      kind: 'evidence',
      source: 'Thm 5.3 / C.2 eq. (12, 43), EMA form, γ = 0.5: residual power of t in x(t)·t^{1/2}',
    },
    exp_lr_linear_rate_k4: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-6 },
      kind: 'evidence',
      source: 'Lemma 5.5 eq. (16, 52): d ln x/dt ÷ the claimed −α/(k−2) (= −0.025)',
    },
    exp_lr_constant_k4: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-6 },
      kind: 'evidence',
      source: 'eq. (59): x(T) ÷ C e^{−αT/(k−2)}, C = (α/((k−2)η0))^{1/(k−2)} = 0.5 (spec 004 §6)',
    },
    lemma_F1_max_rel_error: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-7 },
      kind: 'evidence',
      source:
        'Lemma F.1 (81–89): double exponential closed form; spec reports 1e-13 (the closed form is the lemma: the solver never sees it)',
    },
    lemma_F2_envelope_slope: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.01 },
      kind: 'evidence',
      source:
        'Lemma F.2 (92, 100): |x| ≲ C e^{−(2γ−α)t/4}: peak-envelope slope − (−(2γ−α)/4); spec 004 §8 fits −0.449995 against −0.45',
    },
    rmsprop_threshold_k4: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-6 },
      kind: 'evidence',
      source: 'eq. (20): root of ρ(J) = 1 ÷ ((k−2)/k)^{2(k−2)} = 1/16 = 0.0625 (spec 004 §6 table)',
    },
    boundary_crisis_c_esc_k4: {
      expected: 9,
      tolerance: { kind: 'rel', rtol: 1e-6 },
      kind: 'regression',
      source:
        "spec 004 §6 table [+]: c_esc = 9 for k = 4 (regression: the spec's own equation solved against its table; not a paper claim)",
    },
    boundary_crisis_c_esc_k6: {
      expected: 18.1233,
      tolerance: { kind: 'rel', rtol: 1e-5 },
      kind: 'regression',
      source: 'spec 004 §6 table [+]: c_esc = 18.1233 for k = 6 (regression, as for k = 4)',
    },
    sharpness_bifurcation_fates: {
      expected: 8,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source:
        'spec 004 §6: converge at 0.99c_crit, bounded at 1.01c_crit and 0.99c_esc, escape at 1.01c_esc (k = 4, 6)',
    },
    rmsprop_rate_k6_b2_099: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-9 },
      kind: 'evidence',
      source: 'Thm 5.7 eq. (21): simulated rate ÷ β2^{1/(2(k−2))} (= 0.998744, spec 004 rates table)',
    },
    rmsprop_rate_max_rel_error: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-9 },
      kind: 'evidence',
      source: 'Thm 5.7 eq. (21), k ∈ {4, 6, 8}, β2 grid',
    },
    v_ratio_limit_k4: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-9 },
      kind: 'evidence',
      source: 'Lemma 5.4 eq. (15): v_{t+1}/v_t ÷ β2 → 1 (spec: 0.9300000000 in Regime I)',
    },
    rmsprop_global_convergence_fraction: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source: 'Thm 5.7 / App. B: every start with μ0 ∈ (0, 1) converges to μ* = 1 − β2^{1/(2(k−2))}',
    },
    rmsprop_bistability_fraction: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'regression',
      source:
        'D3: without μ0 < 1, starts μ0 ∈ (1, 2) at β2 = 1.05/16 end on the SignGD 2-cycle (spec: 37%) (kept as the record of D3: the paper claims nothing for μ0 > 1, so no claimed formula decides this verdict and no mutant can flip it: not evidence)',
    },
    k2_trivial_fixed_points_unstable: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 2e-5 },
      kind: 'evidence',
      source:
        'App. F.1 (77–79): the only fixed points of (76) are (1, 0, c), Jacobian eigenvalues {β1, β2^{−1/2}, 1}: |ρ(J_fd) ÷ β2^{−1/2} − 1|, central differences h = 1e-6 (error ≲ 2e-5, the fixed-point module’s bound)',
    },
    k2_no_regime_I_disagreements: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source:
        'App. F.1: no fixed point with λ* > 0, hence no Regime I for k = 2 — grid cells still in an exponential phase at T (spec 004 §9.4 criterion) vs claimed Regime I (none)',
    },
    k2_rmsprop_lr_growth_eq80: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-9 },
      kind: 'evidence',
      source:
        'eq. (80): F′ ≡ c = β2^{−1/2}; spec 004 §8: 0.0050247 over [100, 500] (g²/v not yet negligible); on [300, 700] the neglected (1−β2)w/(2β2) < 1e-17',
    },
    k2_rmsprop_spike_step_eq80: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1 },
      kind: 'evidence',
      source:
        'eq. (80): s_t = c^t s_0 must cross 2 and a spike must follow; crossing step vs the prediction from c (integer step: ±1); spec 004 §8: t = 834, ln L_min ≈ −970',
    },
    fig9_adam_envelope_slope: {
      expected: 1,
      tolerance: { kind: 'upper', slack: 0 },
      kind: 'evidence',
      source:
        'Fig. 9 / Lemma F.2 (92, 100): Adam on x² linear before its spike at −(2γ−α)/4 per step; the unit α/4 is the gap between the flow envelope and the discrete root modulus √(β1β2^{−1/2}) (spec 004 §8: −0.05256 vs −0.05243 at (0.9, 0.999))',
    },
    gd_discrete_power_law_max_residual: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-3 },
      kind: 'evidence',
      source: 'Thm 5.1 (11): discrete GD has the same asymptote (spec 004 §5): residual power of t, k ∈ {4, 6, 8}',
    },
    momentum_discrete_power_law_max_residual: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-3 },
      kind: 'evidence',
      source:
        'Thm 5.3 (12, 43) for discrete EMA momentum (β = 1 − γ = 0.5, the Euler step of (41–42); D8: the exponent is form-independent), k ∈ {4, 6, 8}',
    },
    gd_discrete_ratio_reference: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 5e-7 },
      kind: 'regression',
      source:
        "spec 004 §5: x_t/((k−2)ηt)^{−1/(k−2)} = 0.999938 (k = 4), 0.999977 (k = 6) at t = 1e5, η = 0.1 (regression: the spec's 6 digits)",
    },
    t_eps_gd_remark_5_2: {
      expected: 1,
      tolerance: { kind: 'upper', slack: 0 },
      kind: 'evidence',
      source:
        'Remark 5.2: T_ε ≈ ε^{−(k−2)}/((k−2)η); the ≈ drops x0^{−(k−2)} of (39) and the Euler term (k−1)η ln T/2, together (ε/x0)^{k−2}(1 + (k−1)η ln T/2) relative: the deviation in that unit ≤ 1',
    },
    t_eps_rmsprop_remark_5_8: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1 },
      kind: 'evidence',
      source:
        'Remark 5.8: T_ε ≈ 2(k−2) ln(1/ε)/ln(1/β2) + transient: the steps between two levels, linear in k (the difference of two first passages: ±1 step)',
    },
  },
  mutants: {
    'k2-lr-growth': {
      description:
        'eq. (80) / App. F.1: F′ ≡ c = β2^{−1/2} → β2^{−1/4} (the trivial family’s unstable eigenvalue likewise)',
      checks: ['k2_trivial_fixed_points_unstable', 'k2_rmsprop_lr_growth_eq80', 'k2_rmsprop_spike_step_eq80'],
    },
    'k2-regime-I': {
      description:
        'App. F.1: "no Regime I at k = 2" → the k = 4 rule (8) β1 < β2 carried over, as if (7) existed for x²',
      checks: ['k2_no_regime_I_disagreements'],
    },
    'f2-schedule-sign': {
      description:
        'Fig. 9 / Lemma F.2: the envelope e^{−(2γ−α)t/4} → e^{−(2γ+α)t/4} (the growing schedule read as decaying)',
      checks: ['fig9_adam_envelope_slope'],
    },
    'power-law-exponent': {
      description: 'Thms 5.1/5.3: x ~ ((k−2)ηt)^{−1/(k−2)} → ((k−2)ηt)^{−2/(2k−3)} (eqs. 11, 39, 40, 43)',
      checks: [
        'gradient_flow_solution_eq39',
        'gd_power_law_exponent_k4',
        'gd_power_law_exponent_k6',
        'heavy_ball_power_law_exponent_k4',
        'gd_closed_form_max_rel_error',
        'gd_discrete_power_law_max_residual',
        'momentum_discrete_power_law_max_residual',
        't_eps_gd_remark_5_2',
      ],
    },
    'exp-lr-exponent': {
      description: 'Lemma 5.5: 1/(k−2) → 2/(2k−3) in x ~ C e^{−αt/(k−2)}, C = (α/((k−2)η0))^{1/(k−2)} and eqs. (56–57)',
      checks: ['exp_lr_flow_solution_eq56', 'exp_lr_linear_rate_k4', 'exp_lr_constant_k4'],
    },
    'rate-exponent': {
      description: 'Thm 5.7 (21): β2^{1/(2(k−2))} → β2^{1/(2k−3)} (and μ* = 1 − that rate)',
      checks: [
        'rmsprop_rate_k6_b2_099',
        'rmsprop_rate_max_rel_error',
        'rmsprop_global_convergence_fraction',
        't_eps_rmsprop_remark_5_8',
      ],
    },
    'sharpness-exponent': {
      description:
        'Prop. 5.6 (65, 67–69): s* = 1 − c^{−1/(k−2)} → 1 − c^{−2/(2k−3)}, F′(s*) = 1 − (k−2)(c^{1/(k−2)} − 1) likewise',
      checks: ['sharpness_fixed_point_identity', 'sharpness_slope_identity'],
    },
    'threshold-exponent': {
      description:
        'Prop. 5.6 (19, 20, 70): c_crit = (k/(k−2))^{k−2} → (k/(k−2))^{k−1}, β2 > ((k−2)/k)^{2(k−2)} → ((k−2)/k)^{2(k−1)}',
      checks: ['flip_threshold_identity', 'rmsprop_threshold_k4', 'sharpness_bifurcation_fates'],
    },
    'v-tracks-g2': {
      description: 'Lemma 5.4 (15): v_{t+1}/v_t → β2 → (g_{t+1}/g_t)² = β2^{(k−1)/(k−2)} (v still coupled to g²)',
      checks: ['v_ratio_limit_k4'],
    },
    'f1-constant': {
      description: 'Lemma F.1: x = x0 exp(−(η0/α)(e^{αt} − 1)) → x0 exp(−(η0/α) e^{αt}) (C = x0 e^{η0/α} → x0)',
      checks: ['lemma_F1_max_rel_error'],
    },
    'f2-envelope': {
      description:
        'Lemma F.2 (92, 100): envelope e^{−(2γ−α)t/4} → e^{−(γ−α)t/2} (the WKB amplitude factor Ω^{−1/2} dropped)',
      checks: ['lemma_F2_envelope_slope'],
    },
  },
  findings: [
    { check: 'rmsprop_bistability_fraction', note: 'D3: the initialisation hypothesis of Thm 5.7 cannot be dropped' },
  ],
} as const satisfies Claim;
