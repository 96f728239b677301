/**
 * degenerate: the paper and its coverage map — every numbered statement, equation (1)–(100) and figure
 * of seeds/004 (it has no tables; its formulas are stripped and reconstructed in spec 004), mapped to the
 * checks that answer it (`theorem-slug/check_name`), or why none does. Proof-internal equations belong to
 * the statement they prove (`equations`). Data only.
 */
import type { Paper } from '../../src/core/paper.js';

const fp = 'fixed-point-spectral-radius';
const rms = 'rmsprop-linear-rate';
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

export const degeneratePaper: Paper = {
  key: 'degenerate',
  title: 'Towards Understanding Adam Convergence on Highly Degenerate Polynomials',
  year: 2026,
  seed: '004_7a482841aa8ca350.txt',
  spec: '004-degenerate-polynomials.md',
  equationCount: 100,
  coverage: [
    {
      label: 'equation-1',
      kind: 'equation',
      words: 'The model problem L(x) = x^k/k, k ≥ 4 even: g = x^{k−1}, the Hessian vanishes as x → 0',
      equations: [1],
      status: 'out-of-scope',
      reason: 'the model problem (a definition)',
    },
    {
      label: 'equation-2',
      kind: 'equation',
      words: 'Adam with bias correction and ε; analysed with ε → 0 and uncorrected moments (§3.2 simplifications)',
      equations: [2],
      status: 'out-of-scope',
      reason: "the algorithm's definition (the adam kernel, PyTorch index order, spec 004 §0)",
    },
    {
      label: 'equations-3-5',
      kind: 'equation',
      words: 'Normalised state ω = m/g, λ = x^{k−2}/√v (3); x_{t+1} = (1 − ηωλ)x_t (4); the full 3-D dynamics (5)',
      equations: [3, 4, 5],
      status: 'checked',
      checks: [`${fp}/normalised_map_identity`],
    },
    {
      label: 'equation-6',
      kind: 'equation',
      words: 'Loss decreases monotonically iff 0 < ηωλ < 2',
      equations: [6],
      status: 'not-checked',
      reason: 'elementary (|1 − ηωλ| < 1); no check',
    },
    {
      label: 'equation-7',
      kind: 'equation',
      words: 'Trivial fixed points (1, 0, c), unstable; the non-trivial fixed point (ω*, λ*, 0) of linear convergence',
      equations: [7],
      status: 'checked',
      checks: [`${fp}/fixed_points_substitution`, `${fp}/reference_table_digits`],
    },
    {
      label: 'theorem-4.1',
      kind: 'theorem',
      words:
        '(i) (7) exists iff β1 < β2^{(k−1)/(2(k−2))}; (ii) ρ(J) < 1 iff (8) and (9); (iii) in the basin x_{t+1}/x_t → β2^{1/(2(k−2))} (10)',
      equations: [8, 9, 10],
      status: 'checked',
      checks: [
        `${fp}/existence_disagreements`,
        `${fp}/jacobian_entries_k4`,
        `${fp}/jacobian_entries_k6`,
        `${fp}/jacobian_entries_k8`,
        `${fp}/jury_conditions_identity`,
        `${fp}/spectral_region_fd_disagreements`,
        `${fp}/spectral_region_disagreements`,
        `${fp}/stability_property_violations`,
        `${fp}/spectral_radius_k4_09_093`,
        `${fp}/rate_k4_b2_093`,
        `${fp}/rate_k6_b2_093`,
      ],
    },
    {
      label: 'remark-4.2',
      kind: 'remark',
      words:
        'The exponent k/(2(k−2)) of (8) decreases with k, so satisfying the condition for k = 4 guarantees stability for all k ≥ 4',
      status: 'checked',
      checks: [`${fp}/remark_4_2_primary_violations`, `${fp}/remark_4_2_full_conditions_violations`],
      note: 'finding (spec D1): true for (8), false for (8) ∧ (9) in a corner sliver',
    },
    {
      label: 'figure-1',
      kind: 'figure',
      words:
        'On x² constant-step Adam converges linearly then spikes; on x^k Adam converges linearly and stably while GD and momentum turn sublinear',
      status: 'checked',
      checks: [
        `${fp}/rate_k4_b2_093`,
        `${rms}/gd_power_law_exponent_k4`,
        `${rms}/heavy_ball_power_law_exponent_k4`,
        `${rms}/gd_discrete_power_law_max_residual`,
        `${rms}/momentum_discrete_power_law_max_residual`,
        `${rms}/fig9_adam_envelope_slope`,
        `${rms}/k2_no_regime_I_disagreements`,
      ],
      note: 'the quadratic side: Adam on x² linear until its spike (fig9_adam_envelope_slope), no cell converging',
    },
    {
      label: 'figure-2',
      kind: 'figure',
      words:
        '(a) k = 2 spikes, k ≥ 4 converges exponentially; (b) λ_t grows without bound for k = 2, converges to a constant for k ≥ 4',
      status: 'checked',
      checks: [
        `${fp}/phase_agreement_k4`,
        `${fp}/rate_k4_b2_093`,
        `${fp}/rate_k6_b2_093`,
        `${rms}/k2_rmsprop_lr_growth_eq80`,
        `${rms}/k2_rmsprop_spike_step_eq80`,
        `${rms}/k2_no_regime_I_disagreements`,
      ],
      note: 'k = 2: λ_t = 1/√v_t grows by β2^{−1/2} per step and crosses 2/η, then the spike (RMSProp, η = 0.01, β2 = 0.99)',
    },
    {
      label: 'figure-3',
      kind: 'figure',
      words:
        'k = 4: (a) the theoretical stability region ρ < 1, (b) the empirical phase diagram, stable cells reach machine precision',
      status: 'checked',
      checks: [`${fp}/spectral_region_fd_disagreements`, `${fp}/phase_agreement_k4`],
    },
    {
      label: 'theorem-5.1',
      kind: 'theorem',
      words: 'Gradient flow on x^k/k decays as a power law, x(t) ~ ((k−2)ηt)^{−1/(k−2)} (11)',
      equations: [11],
      status: 'checked',
      checks: [
        `${rms}/gradient_flow_solution_eq39`,
        `${rms}/gd_power_law_exponent_k4`,
        `${rms}/gd_power_law_exponent_k6`,
        `${rms}/gd_closed_form_max_rel_error`,
        `${rms}/gd_discrete_power_law_max_residual`,
        `${rms}/gd_discrete_ratio_reference`,
      ],
    },
    {
      label: 'remark-5.2',
      kind: 'remark',
      words:
        'Curse of degeneracy: reaching |x| ≤ ε takes T_ε ≈ ε^{−(k−2)}/((k−2)η), exponential in the degeneracy order k',
      status: 'checked',
      checks: [`${rms}/t_eps_gd_remark_5_2`, `${rms}/gd_power_law_exponent_k4`, `${rms}/gd_power_law_exponent_k6`],
      note: 'T_ε of discrete GD (η = 0.1, ε = 0.1): 492, 24 992, 1 666 657 for k = 4, 6, 8 (×50.8, ×66.7 per k + 2)',
    },
    {
      label: 'theorem-5.3',
      kind: 'theorem',
      words: 'Continuous heavy-ball momentum on x^k/k has the same power law x(t) ~ ((k−2)ηt)^{−1/(k−2)} (12)',
      equations: [12],
      status: 'partial',
      checks: [`${rms}/heavy_ball_power_law_exponent_k4`, `${rms}/momentum_discrete_power_law_max_residual`],
      missing:
        'the flow (45) is integrated for k = 4 only (stiff for odex beyond); k = 6, 8 are checked on discrete EMA momentum, its Euler step',
    },
    {
      label: 'equations-13-14',
      kind: 'equation',
      words: 'RMSProp (Adam with β1 = 0): v_t = β2v_{t−1} + (1 − β2)g_t² (13), x_{t+1} = x_t − ηg_t/√v_t (14)',
      equations: [13, 14],
      status: 'out-of-scope',
      reason: "the algorithm's definition",
    },
    {
      label: 'lemma-5.4',
      kind: 'lemma',
      words:
        'For RMSProp, if x_t converges then g_t²/v_t → 0 and v_{t+1}/v_t → β2 (15): the effective step grows like β2^{−t/2}',
      equations: [15],
      status: 'checked',
      checks: [`${rms}/v_ratio_limit_k4`],
    },
    {
      label: 'lemma-5.5',
      kind: 'lemma',
      words: 'Gradient flow with η(t) = η0e^{αt} converges exponentially: x(t) ~ C e^{−αt/(k−2)} (16)',
      equations: [16],
      status: 'checked',
      checks: [`${rms}/exp_lr_flow_solution_eq56`, `${rms}/exp_lr_linear_rate_k4`, `${rms}/exp_lr_constant_k4`],
    },
    {
      label: 'equations-17-18',
      kind: 'equation',
      words:
        'GD with η_t = η0c^t (17); the effective sharpness s_t = η_t x_t^{k−2} obeys s_{t+1} = c s_t(1 − s_t)^{k−2} (18)',
      equations: [17, 18],
      status: 'partial',
      checks: [`${rms}/sharpness_fixed_point_identity`, `${rms}/sharpness_bifurcation_fates`],
      missing: 'the map (18) is analysed and iterated; its derivation from (17) is not checked',
    },
    {
      label: 'figure-4',
      kind: 'figure',
      words:
        'Limit set of s vs c: stable fixed point, period doubling into chaos with x still converging, then escape (divergence)',
      status: 'checked',
      checks: [
        `${rms}/sharpness_bifurcation_fates`,
        `${rms}/boundary_crisis_c_esc_k4`,
        `${rms}/boundary_crisis_c_esc_k6`,
      ],
    },
    {
      label: 'proposition-5.6',
      kind: 'proposition',
      words:
        'The sharpness map is stable iff 1 < c < (k/(k−2))^{k−2} (19); for RMSProp (c = β2^{−1/2}) β2 > ((k−2)/k)^{2(k−2)} (20)',
      equations: [19, 20],
      status: 'checked',
      checks: [
        `${rms}/sharpness_fixed_point_identity`,
        `${rms}/sharpness_slope_identity`,
        `${rms}/flip_threshold_identity`,
        `${rms}/rmsprop_threshold_k4`,
      ],
    },
    {
      label: 'theorem-5.7',
      kind: 'theorem',
      words: 'RMSProp under (20) with a non-overshooting start: x_t → 0 and |x_{t+1}|/|x_t| → β2^{1/(2(k−2))} (21)',
      equations: [21],
      status: 'checked',
      checks: [
        `${rms}/rmsprop_rate_k6_b2_099`,
        `${rms}/rmsprop_rate_max_rel_error`,
        `${rms}/rmsprop_global_convergence_fraction`,
        `${rms}/rmsprop_bistability_fraction`,
      ],
      note: 'finding (spec D3): the initialisation hypothesis cannot be dropped',
    },
    {
      label: 'remark-5.8',
      kind: 'remark',
      words:
        'Complexity separation: GD needs ε^{−(k−2)} iterations, Adam 2(k−2)ln(1/ε)/ln(1/β2): linear instead of exponential in k',
      status: 'checked',
      checks: [
        `${rms}/t_eps_rmsprop_remark_5_8`,
        `${rms}/t_eps_gd_remark_5_2`,
        `${rms}/rmsprop_rate_max_rel_error`,
        `${fp}/rate_k4_b2_093`,
      ],
      note: 'RMSProp (β2 = 0.9): 5245, 10 490, 15 736, 20 980 steps from |x| = 1e-30 to 1e-90 for k = 4 … 10 (linear), after a transient of ~800–950 steps',
    },
    {
      label: 'theorem-6.1',
      kind: 'theorem',
      words:
        'Phase diagram for β2 > ((k−2)/k)^{2(k−2)}: I stable convergence, II transient convergence then spikes, III SignGD-like oscillation',
      status: 'checked',
      checks: [
        `${fp}/phase_agreement_k4`,
        `${fp}/phase_agreement_k6`,
        `${fp}/three_way_agreement_k4`,
        `${fp}/existence_disagreements`,
        `${fp}/phase_agreement_k8`,
        `${fp}/phase_agreement_init_g_k4`,
      ],
      note: 'finding (spec D2): deep in Regime II trajectories look like Regime III; Regime I also holds for k = 8 and from initialisation (G)',
    },
    {
      label: 'figure-5',
      kind: 'figure',
      words: 'The phase diagram with its three regions (I, II, III) in the (β1, β2) plane',
      status: 'checked',
      checks: [`${fp}/existence_disagreements`, `${fp}/spectral_region_disagreements`],
    },
    {
      label: 'figure-6',
      kind: 'figure',
      words:
        'Typical runs, k = 4, β1 = 0.9, β2 = 0.91 / 0.895 / 0.8: loss, v_t vs g_t², m_t vs g_t, (ω, λ) trajectories per regime',
      status: 'partial',
      checks: [`${fp}/phase_agreement_k4`, `${fp}/three_way_agreement_k4`],
      missing:
        "the three loss curves are in phase_agreement_k4's detail; the coupling panels (v vs g², m vs g) and trajectories are not",
    },
    {
      label: 'figure-7',
      kind: 'figure',
      words:
        'Grid over (β1, β2), k = 4: (a–b) min and final loss match the regimes; (c–d) coupling ratio max v/g² high in I–II, low in III',
      status: 'checked',
      checks: [
        `${fp}/phase_agreement_k4`,
        `${fp}/three_way_agreement_k4`,
        `${fp}/coupling_ratio_I_above_III_k4`,
        `${fp}/coupling_ratio_regime_III_median_k4`,
      ],
      note: 'finding (spec D6): every Regime-I cell has a higher max ln R than every Regime-III cell (737 … 19 755 vs 7 … 80 on the quick grid), but "low" in III means ln max R ≈ 2–100 (median 48), not O(1); Regime II cells look like III (D2)',
    },
    {
      label: 'figure-8',
      kind: 'figure',
      words: 'Mixed quadratic + degenerate directions: GD and momentum bottlenecked, Adam fast but with loss spikes',
      status: 'not-checked',
      reason: 'no check runs a coupled quadratic + degenerate objective',
    },
    {
      label: 'figure-15',
      kind: 'figure',
      words:
        'MLPs with softmax vs ReLU on MNIST slow GD more than Adam; Hessian spectra: softmax and Transformers more degenerate than CNNs',
      status: 'not-checked',
      reason: 'no check trains these networks or estimates Hessian spectral densities',
    },
    {
      label: 'definition-A.1',
      kind: 'definition',
      words: 'Adam as analysed in appendix A (ε → 0, uncorrected moments)',
      status: 'out-of-scope',
      reason: "the algorithm's definition",
    },
    {
      label: 'equations-22-25',
      kind: 'equation',
      words:
        'Linear stability theory: a fixed point of a map is stable if ρ(J) < 1 (23); an equilibrium of a flow if Re λ_i < 0 (25)',
      equations: range(22, 25),
      status: 'out-of-scope',
      reason: 'standard background the checks rely on, not a claim of the paper',
    },
    {
      label: 'theorem-A.2',
      kind: 'theorem',
      words:
        'Items 1–8: dynamics (26), the two fixed points, existence, trivial point unstable, Jacobian A, ρ < 1 iff (8) ∧ (9), rate, instability',
      equations: [26, 27],
      status: 'checked',
      checks: [
        `${fp}/normalised_map_identity`,
        `${fp}/fixed_points_substitution`,
        `${fp}/existence_disagreements`,
        `${fp}/jacobian_entries_k4`,
        `${fp}/jacobian_entries_k6`,
        `${fp}/jacobian_entries_k8`,
        `${fp}/jury_conditions_identity`,
        `${fp}/spectral_region_fd_disagreements`,
        `${fp}/rate_k4_b2_093`,
      ],
      note: "item 4 (the trivial family's eigenvalues {β1, β2^{−1/2}, 1}) has no check of its own",
    },
    {
      label: 'lemma-B.1',
      kind: 'lemma',
      words:
        'RMSProp in (μ, w) (28–29): μ_{t+1} ≤ μ_t(1 − μ_t)^{k−2}/√β2 < 1, so |x_t| decreases monotonically and converges to 0',
      equations: [28, 29],
      status: 'partial',
      checks: [`${rms}/rmsprop_global_convergence_fraction`],
      missing:
        'its conclusion is sampled over starts; the bound μ_{t+1} ≤ h(μ_t) and max h < 1 are not checked on their own',
    },
    {
      label: 'lemma-B.2',
      kind: 'lemma',
      words: 'Under (20), μ_t → μ* = 1 − β2^{1/(2(k−2))}, with |f′(μ*)| < 1 and the repelling 0',
      equations: [30, 31, 32],
      status: 'checked',
      checks: [
        `${rms}/sharpness_slope_identity`,
        `${rms}/flip_threshold_identity`,
        `${rms}/rmsprop_global_convergence_fraction`,
      ],
      note: "the proof's inequalities (30)–(32) are not checked one by one",
    },
    {
      label: 'lemma-B.3',
      kind: 'lemma',
      words: 'Under (20), μ ↦ μ(1 − μ)^{k−2}/√β2 converges globally to μ* from (0, 1) (no 2-cycles; Coppel 1955)',
      status: 'partial',
      checks: [`${rms}/rmsprop_global_convergence_fraction`, `${rms}/sharpness_bifurcation_fates`],
      missing: 'global convergence is sampled; the absence of 2-cycles of f∘f is not checked directly',
    },
    {
      label: 'theorem-C.1',
      kind: 'theorem',
      words: 'Gradient flow ẋ = −ηx^{k−1}: x(t) = (x0^{−(k−2)} + (k−2)ηt)^{−1/(k−2)} (39) ~ ((k−2)ηt)^{−1/(k−2)} (40)',
      equations: range(33, 40),
      status: 'checked',
      checks: [
        `${rms}/gradient_flow_solution_eq39`,
        `${rms}/gd_closed_form_max_rel_error`,
        `${rms}/gd_power_law_exponent_k4`,
        `${rms}/gd_power_law_exponent_k6`,
      ],
    },
    {
      label: 'theorem-C.2',
      kind: 'theorem',
      words:
        'Heavy ball (41–42) ⇒ ẍ + γẋ + ηγx^{k−1} = 0 (45); dominant balance: inertia/friction = O(1/t) (50), x ~ ((k−2)ηt)^{−1/(k−2)} (43)',
      equations: range(41, 50),
      status: 'partial',
      checks: [`${rms}/heavy_ball_power_law_exponent_k4`],
      missing: 'the exponent is measured for k = 4 only; the dominant-balance ratio (50) is not checked',
    },
    {
      label: 'lemma-C.3',
      kind: 'lemma',
      words: 'ẋ = −η0e^{αt}x^{k−1}: closed form (56–57), x ~ Ce^{−αt/(k−2)} with C = (α/((k−2)η0))^{1/(k−2)} (52, 59)',
      equations: range(51, 59),
      status: 'checked',
      checks: [`${rms}/exp_lr_flow_solution_eq56`, `${rms}/exp_lr_linear_rate_k4`, `${rms}/exp_lr_constant_k4`],
    },
    {
      label: 'proposition-D.1',
      kind: 'proposition',
      words:
        'The map (64) has s* = 1 − c^{−1/(k−2)} (65), F′(s*) = 1 − (k−2)(c^{1/(k−2)} − 1) (69), stable iff c < (k/(k−2))^{k−2} (70)',
      equations: range(60, 70),
      status: 'checked',
      checks: [
        `${rms}/sharpness_fixed_point_identity`,
        `${rms}/sharpness_slope_identity`,
        `${rms}/flip_threshold_identity`,
        `${rms}/rmsprop_threshold_k4`,
      ],
    },
    {
      label: 'appendix-E',
      kind: 'section',
      words:
        'Coupling ratio R_t = v_t/g_t² (71): decoupling once the gradient decays faster than β2 (72–73); persistence β1 < β2^{(k−1)/(2(k−2))} (74–75)',
      equations: range(71, 75),
      status: 'partial',
      checks: [
        `${fp}/existence_disagreements`,
        `${rms}/v_ratio_limit_k4`,
        `${fp}/decoupling_threshold_xc_k4`,
        `${fp}/coupling_ratio_I_above_III_k4`,
      ],
      missing:
        'the recurrence of R_t is not checked on its own; x_c is a regression against the spec: decoupling starts at 0.45 x_c (RMSProp) and 0.69 x_c (β1 = 0.9), order of magnitude only (D7), so no mutant of x_c could flip an evidence check',
    },
    {
      label: 'appendix-F.1',
      kind: 'section',
      words:
        'Quadratic case k = 2: map (76), fixed points (77–79) are only the line (1, 0, c), all unstable: no Regime I',
      equations: range(76, 79),
      status: 'checked',
      checks: [`${rms}/k2_trivial_fixed_points_unstable`, `${rms}/k2_no_regime_I_disagreements`],
    },
    {
      label: 'equation-80',
      kind: 'equation',
      words: 'For k = 2 the exponential-lr map has F′ ≡ c > 1 (80): stability necessarily fails and a spike must occur',
      equations: [80],
      status: 'checked',
      checks: [`${rms}/k2_rmsprop_lr_growth_eq80`, `${rms}/k2_rmsprop_spike_step_eq80`],
    },
    {
      label: 'lemma-F.1',
      kind: 'lemma',
      words: 'k = 2, ẋ = −η0e^{αt}x: x = C exp(−(η0/α)e^{αt}) (82, 89), double-exponential (super-linear) convergence',
      equations: range(81, 89),
      status: 'checked',
      checks: [`${rms}/lemma_F1_max_rel_error`],
    },
    {
      label: 'lemma-F.2',
      kind: 'lemma',
      words:
        'k = 2 with momentum: ẍ + (γ − α)ẋ + γη0e^{αt}x = 0 (96); WKB envelope |x| ≲ Ce^{−(2γ−α)t/4} (92, 100): linear',
      equations: range(90, 100),
      status: 'checked',
      checks: [`${rms}/lemma_F2_envelope_slope`],
    },
    {
      label: 'figure-9',
      kind: 'figure',
      words:
        'Adam and RMSProp on x²: RMSProp superlinear before its spike, Adam linear at the predicted slope; v decouples from g², m does not',
      status: 'partial',
      checks: [
        `${rms}/fig9_adam_envelope_slope`,
        `${rms}/k2_rmsprop_lr_growth_eq80`,
        `${rms}/k2_rmsprop_spike_step_eq80`,
        `${rms}/lemma_F1_max_rel_error`,
        `${rms}/lemma_F2_envelope_slope`,
      ],
      missing:
        "Adam's slope is judged against Lemma F.2 read per step (γ = −ln β1, α = −½ ln β2; the paper's own slope formula is stripped); RMSProp's superlinear curve is checked through its cause (η/√v grows by β2^{−1/2}); panel (d), m tracking g, is not measured",
    },
    {
      label: 'figure-10',
      kind: 'figure',
      words: "Adam's experimental phase diagram on the quadratic x² (min loss over a (β1, β2) grid)",
      status: 'partial',
      checks: [`${rms}/k2_no_regime_I_disagreements`],
      missing:
        "the min-loss map is computed (detail.min_log10_loss, η = 0.01, x0 = 1) and no cell converges; the paper's row/column trends are not judged, its initialisation and learning rate being stripped",
    },
    {
      label: 'figure-11',
      kind: 'figure',
      words: 'k = 6: theoretical and empirical phase diagrams align',
      status: 'checked',
      checks: [`${fp}/phase_agreement_k6`],
    },
    {
      label: 'figure-12',
      kind: 'figure',
      words: 'k = 4 lower-left corner: (9) shapes the region; experiments converge in some locally unstable cells',
      status: 'checked',
      checks: [
        `${fp}/spectral_region_fd_disagreements`,
        `${fp}/corner_stable_not_converged`,
        `${fp}/rate_where_only_9_fails`,
      ],
    },
    {
      label: 'figure-13',
      kind: 'figure',
      words:
        'Fixed β1, decreasing β2: stable, then period doubling with sawtooth but converging loss, then instability; sharpness bifurcation diagrams',
      status: 'partial',
      checks: [`${fp}/rate_where_only_9_fails`],
      missing:
        'the linear rate where only (9) fails is checked; the bifurcation diagrams of the effective sharpness over β2 are not computed',
    },
    {
      label: 'figure-14',
      kind: 'figure',
      words: 'Additional typical cases of the three regimes (as figure 6)',
      status: 'partial',
      checks: [`${fp}/phase_agreement_k4`, `${fp}/three_way_agreement_k4`],
      missing: 'as figure-6: regimes classified, the per-run coupling panels not reproduced',
    },
  ],
};
