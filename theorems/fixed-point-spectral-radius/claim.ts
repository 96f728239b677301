/** degenerate (arXiv 2603.09581) Theorem 4.1, Theorem A.2, Theorem 6.1, Remark 4.2 — spec 004 §1–§4, §9, §10. Data only. */
import type { Claim, Expectation } from '../../src/core/theorem.js';

type Kind = NonNullable<Expectation['kind']>;
const identity = (source: string): Expectation => ({
  expected: 0,
  tolerance: { kind: 'abs', atol: 1e-30 },
  source,
  kind: 'evidence',
});
const count0 = (source: string, kind: Kind): Expectation => ({
  expected: 0,
  tolerance: { kind: 'abs', atol: 0 },
  source,
  kind,
});

const settings = {
  identityPoints: 16,
  // paper's experimental constants [R?] (spec 004 §0): x0 = 1, η = 1e-3, zero init
  eta: 1e-3,
  x0: 1,
  stepsFull: 100_000,
  stepsQuick: 20_000,
  gridFull: 40,
  gridQuick: 10,
  convergedTol: 1e-6,
  earlyExitTol: 1e-12,
  deepNats: 100,
  rateWindow: 1000,
  rateSteps: 20_000,
  typicalBeta2: [0.91, 0.895, 0.8],
  lossSamples: 200,
  spectralGrid: 40,
  boundaryBand: 1e-9,
  propertyRuns: 300,
  cornerGridQuick: 12,
  cornerGridFull: 35,
  cornerMax: 0.07,
  cornerStepsQuick: 20_000,
  cornerStepsFull: 60_000,
  d1Grid: 200,
  d4Beta1: 0.005,
  d4Beta2: 0.03,
  // (k, β1, β2) where (8) holds and (9) alone decides: spec 004 D4's point (k = 4, ρ = 1.31788, unstable), D1's point
  // (0.00785, 0.01235): ρ = 0.797 for k = 4 (stable), 1.178 for k = 6 (unstable)
  regimeProbes: [4, 0.005, 0.03, 4, 0.00785, 0.01235, 6, 0.00785, 0.01235],
  // the phase grids' probes: D4's point for k = 4 (sim: unstable, linear chaotic), D1's for k = 6 (sim: unstable). D1's
  // k = 4 point is left out of the phase grid: at β2 ≤ 0.0145 stable cells may end on the SignGD 2-cycle (D3)
  phaseProbes: [4, 0.005, 0.03, 6, 0.00785, 0.01235],
  // finite-difference Jacobians: ρ within this of 1 is not decided (central differences, h = 1e-6: error ≲ 2e-5)
  fdBoundaryBand: 1e-4,
  // relative residual |F(y*) − y*| above which the claimed (7) is not a fixed point of eq. (5) (float64: ~1e-15)
  fixedPointTol: 1e-12,
  // App. E (spec 004 §7): (β1, β2) at k = 4 whose first step with δ_t < β2 the spec reports at x = 0.037, 0.057
  xcCases: [0, 0.93, 0.9, 0.93],
  xcReference: [0.037, 0.057],
  // spec 004 §3 reference table rows: k, β1, β2, ω*, ηλ*, det A, tr A, λ1 (or Re), λ2 (or |Im|), complex?, ρ(A), ρ(J)
  referenceTable: [
    4, 0.9, 0.93, 2.01381, 0.00892791, 0.967742, 1.96592, 0.982962, 0.0390893, 1, 0.983739, 0.983739, 4, 0.9, 0.99,
    1.07307, 0.00233855, 0.909091, 1.90862, 0.994543, 0.914079, 0, 0.994543, 0.997491, 4, 0.9, 0.999, 1.0068,
    0.000248404, 0.900901, 1.90085, 0.999496, 0.901355, 0, 0.999496, 0.99975, 6, 0.9, 0.93, 1.71706, 0.00525917,
    0.950343, 1.94822, 0.97411, 0.0381123, 1, 0.974855, 0.99097, 6, 0.9, 0.999, 1.00566, 0.000124351, 0.900676, 1.90063,
    0.999497, 0.901129, 0, 0.999497, 0.999875, 4, 0.5, 0.9, 1.08959, 0.0238587, 0.555556, 1.53106, 0.940117, 0.590943,
    0, 0.940117, 0.974004, 4, 0, 0.9, 1, 0.0259963, 0, 0.94662, 0.94662, 0, 0, 0.94662, 0.974004, 4, 0.9, 0.91, 2.93817,
    0.00793076, 0.989011, 1.98739, 0.993693, 0.0398023, 1, 0.99449, 0.99449, 4, 0.9, 0.895, 4.56244, 0.005995, 1.00559,
    2.00435, 1.00218, 0.0350425, 1, 1.00279, 1.00279, 4, 0.94, 0.93, 8.08656, 0.00222333, 1.01075, 2.01048, 1.00524,
    0.0156276, 1, 1.00536, 1.00536, 6, 0.9, 0.9, 2.58132, 0.00506861, 0.974004, 1.97195, 0.985975, 0.0431001, 1,
    0.986916, 0.986916, 4, 0.02, 0.03, 1.35631, 0.430447, 0.666667, -0.360528, -0.180264, 0.796349, 1, 0.816497,
    0.816497, 4, 0.005, 0.03, 1.06916, 0.546055, 0.166667, -1.44435, -1.31788, -0.126465, 0, 1.31788, 1.31788, 4, 0.93,
    0.93, 3.89341, 0.00461782, 1, 1.99934, 0.999671, 0.0256559, 1, 1, 1, 4, 0, 0.0625, 1, 0.5, 0, -1, -1, 0, 0, 1, 1,
  ],
} as const;

export const fixedPointClaim = {
  id: 'fixed-point-spectral-radius',
  paper: 'degenerate',
  labels: ['theorem-4.1', 'theorem-A.2', 'theorem-6.1', 'remark-4.2', 'figure-7', 'appendix-E'],
  title: 'Adam on x^k/k: non-trivial fixed point, ρ(J) < 1 ⇔ (8) ∧ (9), linear rate β2^{1/(2(k−2))}, phase diagram',
  statement: {
    text:
      'For L = x^k/k (k ≥ 4 even), Adam with ε → 0 and no bias correction, in ω = m/g, λ = x^{k−2}/√v, x (eq. 5), has the ' +
      'fixed point (7) iff β1 < β2^{(k−1)/(2(k−2))}; its Jacobian has ρ < 1 iff (8) β1 < β2^{k/(2(k−2))} and (9) hold; then ' +
      'x_{t+1}/x_t → β2^{1/(2(k−2))} (10). Regimes I/II/III of Theorem 6.1 follow; Remark 4.2: k = 4 stability implies k ≥ 4.',
    latex:
      '\\rho(J)<1 \\iff \\beta_1<\\beta_2^{k/(2(k-2))}\\ \\wedge\\ (9),\\qquad x_{t+1}/x_t\\to\\beta_2^{1/(2(k-2))}',
  },
  hypotheses: [
    'k ≥ 4 even',
    'ε = 0, uncorrected moments, PyTorch index order (spec 004 §0)',
    'x_t ≠ 0, v_t > 0 (eq. 5 exact)',
    'Theorem 6.1 stated for β2 > ((k−2)/k)^{2(k−2)}',
  ],
  settings,
  expectations: {
    normalised_map_identity: identity('spec 004 §1 eq. (5): normalised map from the raw recurrences (2)'),
    fixed_points_substitution: identity('spec 004 §2: trivial family (1, 0, c) and eq. (7) are fixed points'),
    jacobian_entries_k4: identity(
      'spec 004 §3: block structure, A entries, eigenvalue q*, det A = β1β2^{−k/(2(k−2))}, k = 4',
    ),
    jacobian_entries_k6: identity('spec 004 §3, k = 6'),
    jacobian_entries_k8: identity('spec 004 §3, k = 8'),
    jury_conditions_identity: identity('spec 004 §3: 1 − tr + det = (k−2)(1−q*)(1−a)/q*; q*^k(1 + tr + det) ⇔ (9)'),
    spectral_radius_k4_09_093: {
      expected: 0.983739,
      tolerance: { kind: 'rel', rtol: 1e-6 },
      kind: 'regression',
      source:
        "spec 004 §3 reference table, k = 4, β1 = 0.9, β2 = 0.93 (regression: ρ of the finite-difference Jacobian of eq. (5) against the table's number; the region claim is spectral_region_fd_disagreements)",
    },
    spectral_region_fd_disagreements: count0(
      'Theorem 4.1(ii)/A.2 items 5–8: ρ(finite-difference J of eq. (5) at (7)) < 1 ⇔ (8) ∧ (9) on every cell of the grids (k = 4, 6, 8) and at the points where (9) alone decides (spec 004 D4, D1); §9.3 reports 100%',
      'evidence',
    ),
    spectral_region_disagreements: count0(
      'Theorem 4.1(ii)/A.2 item 6: ρ(A) < 1 ⇔ (8) ∧ (9) on grids off the boundary, k = 4, 6, 8 (consistency: the closed-form A against the Jury conditions of the same closed form)',
      'consistency',
    ),
    existence_disagreements: count0(
      'Theorem 4.1(i): ω* > 0 ∧ λ* > 0 ⇔ β1 < β2^{(k−1)/(2(k−2))} (consistency: the signs of closed form (7) against the closed-form condition)',
      'consistency',
    ),
    reference_table_digits: {
      expected: 1,
      tolerance: { kind: 'upper', slack: 0 },
      kind: 'regression',
      source:
        "spec 004 §3 reference table (6 significant digits): deviation in half-units of the 6th digit ≤ 1 (regression: closed forms against the spec's table)",
    },
    stability_property_violations: count0(
      'Theorem 4.1(ii): random (β1, β2, k); and (9) automatic for β2 ≥ ((k−2)/k)^{2(k−2)} (consistency: closed-form A against the closed-form rule)',
      'consistency',
    ),
    remark_4_2_primary_violations: count0(
      'Remark 4.2 for the primary constraint (8): (8) at k = 4 ⇒ (8) at k = 6 … 20',
      'evidence',
    ),
    remark_4_2_full_conditions_violations: count0(
      'Remark 4.2 strong form read for (8) ∧ (9); spec 004 D1 says it fails in the corner',
      'evidence',
    ),
    rate_k4_b2_093: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-9 },
      kind: 'evidence',
      source: 'eq. (10): simulated rate ÷ β2^{1/(2(k−2))} (= 0.982021, spec 004 rates table), k = 4, β1 = 0.9',
    },
    rate_k6_b2_093: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-9 },
      kind: 'evidence',
      source: 'eq. (10): simulated rate ÷ β2^{1/(2(k−2))} (= 0.990970, spec 004 rates table), k = 6, β1 = 0.9',
    },
    phase_agreement_k4: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source:
        "Theorem 6.1 / spec 004 §9.4: sim-I ⇔ (8) ∧ (9) on 1600/1600 cells; plus D4's point, where (9) alone decides",
    },
    phase_agreement_k6: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source: "Theorem 6.1 / spec 004 §9.4, k = 6; plus D1's point, where (9) alone decides",
    },
    three_way_agreement_k4: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'regression',
      source:
        'Theorem 6.1 regimes I/II/III as claimed; spec 004 D2 measures 95.2% (kept as the record of D2: it fails on the claim as stated and no perturbed regime rule brings it to 1 on the quick grid — 2 of 9 theory-II cells are sim-II — so no mutant can flip it: not evidence)',
    },
    corner_stable_not_converged: count0(
      'D3: local stability ⇒ convergence from x0 = 1 (not claimed); spec 004 §9.4 corner: 5 cells',
      'evidence',
    ),
    rate_where_only_9_fails: {
      expected: 1,
      tolerance: { kind: 'rel', rtol: 1e-3 },
      kind: 'evidence',
      source: 'D4: outside Theorem 4.1(iii) (fixed point unstable) the average rate ÷ q* = β2^{1/(2(k−2))} is still 1',
    },
    phase_agreement_k8: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source:
        'Theorem 6.1 for k = 8: sim-I ⇔ (8) ∧ (9) on the grid (cells with |ln ρ(J)|·T < ln(1/convergedTol) cannot reach the classification distance in T steps and are counted apart); spec 004 §9.3 finds 99.96% for k = 8 with the 2 misses at |ln ρ|T < 3',
    },
    phase_agreement_init_g_k4: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source:
        'Theorem 6.1 from initialisation (G) m₋₁ = g0, v₋₁ = g0²; spec 004 §0: the Regime-I classification was identical with (Z) and (G)',
    },
    coupling_ratio_I_above_III_k4: {
      expected: 1,
      tolerance: { kind: 'abs', atol: 0 },
      kind: 'evidence',
      source:
        'Section 6.2 / fig. 7(c–d): the coupling ratio R = v/g² (71) is high in Regime I (v decoupled, ln R grows linearly) and low in Regime III: every (I, III) pair of cells ordered',
    },
    coupling_ratio_regime_III_median_k4: {
      expected: 0,
      tolerance: { kind: 'interval', lo: 2, hi: 100 },
      kind: 'regression',
      source:
        "spec 004 D6: in Regime III ln max_t R_t is roughly 2–100 (median 57 on the 40×40 grid, T = 1e5), not O(1) (regression: the spec's range; what fig. 7 calls low)",
    },
    decoupling_threshold_xc_k4: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 5e-4 },
      kind: 'regression',
      source:
        "spec 004 §7: first step with δ_t < β2 at x = 0.037 (RMSProp) and 0.057 (β1 = 0.9), k = 4, β2 = 0.93, against x_c = 0.0832 of (72–73) (regression: the spec's 2 digits)",
    },
  },
  mutants: {
    'existence-exponent': {
      description: 'Theorem 4.1(i) / Regime III of Theorem 6.1: β1 < β2^{(k−1)/(2(k−2))} → β1 < β2^{(k+1)/(2(k−2))}',
      checks: ['coupling_ratio_I_above_III_k4'],
    },
    'q-star-exponent': {
      description: 'q* = β2^{1/(2(k−2))} → β2^{1/(2k−3)} in rate (10), the fixed point (7) and the block A',
      checks: [
        'fixed_points_substitution',
        'jacobian_entries_k4',
        'jacobian_entries_k6',
        'jacobian_entries_k8',
        'jury_conditions_identity',
        'spectral_region_fd_disagreements',
        'rate_k4_b2_093',
        'rate_k6_b2_093',
        'rate_where_only_9_fails',
      ],
    },
    'drop-condition-9': {
      description: 'the stability rule / Regime I of Theorems 4.1(ii), 6.1: (8) ∧ (9) → (8) alone',
      checks: [
        'spectral_region_fd_disagreements',
        'phase_agreement_k4',
        'phase_agreement_k6',
        'corner_stable_not_converged',
        'remark_4_2_full_conditions_violations',
      ],
    },
    'condition8-exponent': {
      description:
        '(8) β1 < β2^{k/(2(k−2))} → β1 < β2^{k/(2(k+2))} (and det A = β1β2^{−k/(2(k−2))} → β1β2^{−k/(2(k+2))})',
      checks: [
        'jury_conditions_identity',
        'spectral_region_fd_disagreements',
        'phase_agreement_k4',
        'phase_agreement_k6',
        'remark_4_2_primary_violations',
        'phase_agreement_k8',
        'phase_agreement_init_g_k4',
      ],
    },
    'map-lambda-power': {
      description: 'eq. (5): λ_{t+1} = λ_t q_t^{k−2}/√(…) → λ_t q_t^{k−1}/√(…)',
      checks: ['normalised_map_identity'],
    },
  },
  findings: [
    {
      check: 'remark_4_2_full_conditions_violations',
      note: 'D1: (9) for k = 6 is stricter than for k = 4 in a corner sliver',
    },
    { check: 'three_way_agreement_k4', note: 'D2: deep Regime II looks like Regime III from x0 = 1' },
    { check: 'corner_stable_not_converged', note: 'D3: SignGD 2-cycle coexists with the stable fixed point' },
    {
      check: 'coupling_ratio_regime_III_median_k4',
      note: 'D6: "low" in Regime III means ln max R ≈ 2–100, low only beside the unbounded growth in I',
    },
    {
      check: 'decoupling_threshold_xc_k4',
      note: 'D7: decoupling starts at 0.45 x_c (RMSProp) and 0.69 x_c (β1 = 0.9): x_c holds to order of magnitude',
    },
  ],
} as const satisfies Claim;
