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
} as const;
const _k = settings.k;

export const rmspropRateClaim = {
  id: 'rmsprop-linear-rate',
  paper: 'degenerate',
  labels: ['proposition-5.6', 'theorem-5.7', 'lemma-5.4', 'lemma-5.5', 'theorem-5.1', 'theorem-5.3'],
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
  },
  mutants: {
    'power-law-exponent': {
      description: 'Thms 5.1/5.3: x ~ ((k−2)ηt)^{−1/(k−2)} → ((k−2)ηt)^{−2/(2k−3)} (eqs. 11, 39, 40, 43)',
      checks: [
        'gradient_flow_solution_eq39',
        'gd_power_law_exponent_k4',
        'gd_power_law_exponent_k6',
        'heavy_ball_power_law_exponent_k4',
        'gd_closed_form_max_rel_error',
      ],
    },
    'exp-lr-exponent': {
      description: 'Lemma 5.5: 1/(k−2) → 2/(2k−3) in x ~ C e^{−αt/(k−2)}, C = (α/((k−2)η0))^{1/(k−2)} and eqs. (56–57)',
      checks: ['exp_lr_flow_solution_eq56', 'exp_lr_linear_rate_k4', 'exp_lr_constant_k4'],
    },
    'rate-exponent': {
      description: 'Thm 5.7 (21): β2^{1/(2(k−2))} → β2^{1/(2k−3)} (and μ* = 1 − that rate)',
      checks: ['rmsprop_rate_k6_b2_099', 'rmsprop_rate_max_rel_error', 'rmsprop_global_convergence_fraction'],
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
