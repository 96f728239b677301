/** degenerate (arXiv 2603.09581) Prop. 5.6, Thm 5.7, Lemmas 5.4/5.5, Thms 5.1/5.3, App. F — spec 004 §5, §6, §8. Data only. */
import type { Claim, Expectation } from '../../src/core/theorem.js';

const identity = (source: string): Expectation => ({ expected: 0, tolerance: { kind: 'abs', atol: 1e-30 }, source });

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
} as const;
const k = settings.k;

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
  hypotheses: ['k ≥ 4 even', 'RMSProp: β1 = 0, ε = 0, no bias correction', 'Thm 5.7: μ0 = η|x0|^{k−2}/√v0 < 1 (first step does not overshoot) [R?]'],
  settings,
  expectations: {
    sharpness_fixed_point_identity: identity('eq. (65): F(s*) = s*'),
    sharpness_slope_identity: identity('eqs. (67–69): F′(s*) = 1 − (k−2)(c^{1/(k−2)} − 1)'),
    flip_threshold_identity: identity('eqs. (19, 20, 70): F′(s*) = −1 at c = (k/(k−2))^{k−2}, β2 = c^{−2}'),
    gradient_flow_solution_eq39: identity('eq. (39) solves ẋ = −ηx^{k−1}'),
    exp_lr_flow_solution_eq56: identity('eqs. (56–57) solve ẋ = −η0 e^{αt} x^{k−1}'),
    gd_power_law_exponent_k4: { expected: -1 / (k - 2), tolerance: { kind: 'order', delta: 1e-3 }, source: 'Thm 5.1 eq. (11, 40): x ~ ((k−2)ηt)^{−1/(k−2)}, k = 4 → −0.5' },
    gd_power_law_exponent_k6: { expected: -1 / 4, tolerance: { kind: 'order', delta: 1e-3 }, source: 'Thm 5.1, k = 6 → −0.25' },
    gd_closed_form_max_rel_error: { expected: 0, tolerance: { kind: 'abs', atol: 1e-7 }, source: 'eq. (39) vs odex; spec 004 §9.5 reports 4e-13' },
    heavy_ball_power_law_exponent_k4: { expected: -1 / (k - 2), tolerance: { kind: 'order', delta: 1e-3 }, source: 'Thm 5.3 / C.2 eq. (12, 43), EMA form, γ = 0.5' },
    exp_lr_linear_rate_k4: { expected: -settings.expAlpha / (k - 2), tolerance: { kind: 'rel', rtol: 1e-6 }, source: 'Lemma 5.5 eq. (16, 52): d ln x/dt → −α/(k−2)' },
    exp_lr_constant_k4: { expected: (settings.expAlpha / ((k - 2) * settings.expEta0)) ** (1 / (k - 2)), tolerance: { kind: 'rel', rtol: 1e-6 }, source: 'eq. (59): C = (α/((k−2)η0))^{1/(k−2)} = 0.5 (spec 004 §6)' },
    lemma_F1_max_rel_error: { expected: 0, tolerance: { kind: 'abs', atol: 1e-7 }, source: 'Lemma F.1 (81–89): double exponential closed form; spec reports 1e-13' },
    lemma_F2_envelope_slope: { expected: -(2 * settings.f2Gamma - settings.f2Alpha) / 4, tolerance: { kind: 'order', delta: 0.01 }, source: 'Lemma F.2 (92, 100): |x| ≲ C e^{−(2γ−α)t/4}; spec 004 §8 fits −0.449995' },
    rmsprop_threshold_k4: { expected: ((k - 2) / k) ** (2 * (k - 2)), tolerance: { kind: 'rel', rtol: 1e-6 }, source: 'eq. (20): β2 > ((k−2)/k)^{2(k−2)} = 1/16 = 0.0625 (spec 004 §6 table)' },
    boundary_crisis_c_esc_k4: { expected: 9, tolerance: { kind: 'rel', rtol: 1e-6 }, source: 'spec 004 §6 table [+]: c_esc = 9 for k = 4' },
    boundary_crisis_c_esc_k6: { expected: 18.1233, tolerance: { kind: 'rel', rtol: 1e-5 }, source: 'spec 004 §6 table [+]: c_esc = 18.1233 for k = 6' },
    sharpness_bifurcation_fates: { expected: 8, tolerance: { kind: 'abs', atol: 0 }, source: 'spec 004 §6: converge at 0.99c_crit, bounded at 1.01c_crit and 0.99c_esc, escape at 1.01c_esc (k = 4, 6)' },
    rmsprop_rate_k6_b2_099: { expected: 0.99 ** (1 / 8), tolerance: { kind: 'rel', rtol: 1e-9 }, source: 'Thm 5.7 eq. (21): β2^{1/(2(k−2))} = 0.998744 (spec 004 rates table)' },
    rmsprop_rate_max_rel_error: { expected: 0, tolerance: { kind: 'abs', atol: 1e-9 }, source: 'Thm 5.7 eq. (21), k ∈ {4, 6, 8}, β2 grid' },
    v_ratio_limit_k4: { expected: 0.93, tolerance: { kind: 'rel', rtol: 1e-9 }, source: 'Lemma 5.4 eq. (15): v_{t+1}/v_t → β2 (spec: 0.9300000000 in Regime I)' },
    rmsprop_global_convergence_fraction: { expected: 1, tolerance: { kind: 'abs', atol: 0 }, source: 'Thm 5.7 / App. B: every start with μ0 ∈ (0, 1) converges to μ*' },
    rmsprop_bistability_fraction: { expected: 0, tolerance: { kind: 'abs', atol: 0 }, source: 'D3: without μ0 < 1, starts μ0 ∈ (1, 2) at β2 = 1.05/16 end on the SignGD 2-cycle (spec: 37%)' },
  },
  findings: [{ check: 'rmsprop_bistability_fraction', note: 'D3: the initialisation hypothesis of Thm 5.7 cannot be dropped' }],
} as const satisfies Claim;
