/**
 * ctadam: the paper and its coverage map — every numbered statement, equation, figure and algorithm of
 * seeds/003 (it has no tables), plus the appendices that make claims, mapped to the checks that answer
 * them (`theorem-slug/check_name`), or why none does. Paper notation: β = second-moment rate, γ = first.
 * Proof-internal equations belong to the statement they prove (`equations`). Data only.
 */
import type { Paper } from '../../src/core/paper.js';

const mub = 'max-update-bound';
const meta = 'meta-adaptive-norm-ode';
const notTrained = (what: string) => `${what} is not trained: no check runs it`;

export const ctadamPaper: Paper = {
  key: 'ctadam',
  title: 'Continuous-Time Analysis of Adaptive Optimization and Normalization',
  seed: '003_0fb6c52c6c263370.txt',
  spec: '003-continuous-time-adam.md',
  equationCount: 19,
  coverage: [
    {
      label: 'definition-1',
      kind: 'definition',
      words:
        'Adam: θ_{n+1} = θ_n − ηu_n, u_n = √(1 − β^{n+1})/(1 − γ^{n+1})·m_n/√v_n, m_n, v_n EMAs of g_n and g_n² from (0, 0)',
      equations: [1],
      status: 'out-of-scope',
      reason: "the algorithm's definition (the bias-corrected adam kernel that theorem 1's discrete checks run)",
    },
    {
      label: 'definition-2',
      kind: 'definition',
      words:
        'Adaptive normalization A_{γ,β}(x_{0:n}) = M_γ(x)/√M_β(x²), M_γ the bias-corrected EMA (1 − γ)/(1 − γ^{n+1})·Σγ^j x_{n−j}',
      status: 'out-of-scope',
      reason: 'a definition (the building block of the k-Adam kernel used by theorem 3)',
    },
    {
      label: 'lemma-1',
      kind: 'lemma',
      words:
        'To order η^p, η^pγṁ + (1 − γ)m = (1 − γ)g and likewise v with β; solutions m = ∫K_γ g dτ, v = ∫K_β g² dτ (2)',
      equations: [2],
      status: 'checked',
      checks: [`${mub}/lemma1_discrete_order`],
      note: "against bias-corrected discrete Adam at (β, γ) = (0.999, 0.9), p = 1: max|u_n − u(t_n)| after the transient is order 2.01 in η (O(η^{2p}), the Taylor step dropped); over the first 50 steps the gap is 0.22 whatever η (γ^{n+1} in eq. 3 vs the ODE's e^{−n(1−γ)/γ}): the lemma holds after the transient only",
    },
    {
      label: 'proposition-1',
      kind: 'proposition',
      words: 'The continuous-time update u(t) = bias factor × ∫K_γ g dτ / √(∫K_β g² dτ) (3)',
      equations: [3],
      status: 'checked',
      checks: [`${mub}/lemma1_discrete_order`],
      note: "eq. (3) built from lemma 1's ODEs is what lemma1_discrete_order compares with the discrete u_n (bias factor included)",
    },
    {
      label: 'proposition-2',
      kind: 'proposition',
      words: 'To order η at p = 1, AdamW obeys λθ + θ′ + ½ηθ″ = −u(t) (4)',
      equations: [4],
      status: 'checked',
      checks: [`${meta}/k_plus_root`, `${meta}/k_minus_root`, `${meta}/prop2_eq4_discrete_order`],
      note: 'discrete AdamW follows (4) with u from prop. 1 to O(η²) (order 2.01 at (β, γ) = (0.95, 0.9), λ = 1, from the discrete state after a warm-up; ηθ″ in place of ½ηθ″ gives 0.99). Needs η/(1 − β) ≪ 1 for lemma 1 and λ = O(1) for θ″ to be seen',
    },
    {
      label: 'figure-1',
      kind: 'figure',
      words:
        'The continuous-time model (4), solved as in appendix I, closely agrees with discrete trajectories of 16 transformer parameters',
      status: 'partial',
      checks: [`${meta}/prop2_eq4_discrete_order`],
      missing:
        "in kind: discrete AdamW on a 2-D quadratic (float64) against eq. (4) with prop. 1's u (appendix I's system, odex instead of its Euler scheme), not 16 nanoGPT parameters; at figure 1's (0.999, 0.9), η = 1e−3, λ = 1e−2 the gap is 4.0e−5 on a displacement of 0.91 (reported, not judged: the paper gives no number)",
    },
    {
      label: 'theorem-1',
      kind: 'theorem',
      words:
        '‖u_n‖∞ ≤ √(1 − β^{n+1})/(1 − γ^{n+1})·(1 − γ)/γ·√(β/(1 − β))·B_n(β, γ); B_n = 1/√C, √n or e^{n|C|/2}/√|C| by sign of C',
      equations: [5, 11, 12, 13, 14],
      status: 'checked',
      checks: [
        `${mub}/c_simplified`,
        `${mub}/cauchy_schwarz_split`,
        `${mub}/kernel_integral`,
        `${mub}/beta_gt_gamma_implies_c_positive`,
        `${mub}/ode_bound_ratio_random_signals`,
        `${mub}/ode_extremal_ratio`,
        `${mub}/ode_extremal_ratio_B_minus`,
        `${mub}/bound_holds_B_plus`,
        `${mub}/discrete_worst_case_formula`,
        `${mub}/discrete_worst_case_is_sup`,
        `${mub}/discrete_sup_gap_identity`,
        `${mub}/bound_fails_B_minus_fraction`,
        `${mub}/worst_violation_ratio`,
        `${mub}/growth_exponent_discrete`,
        `${mub}/growth_exponent_vs_paper`,
        `${mub}/bound_0999_09`,
        `${mub}/discrete_worst_case_0999_09`,
        `${mub}/discrete_worst_case_095_09`,
      ],
      note: 'for discrete Adam the bound fails in most of B− (findings); β > γ ⇒ C > 0 and (0.999, 0.9) ∈ B+ are checked here too',
    },
    {
      label: 'figure-2',
      kind: 'figure',
      words: 'Level curves B_c of C(β, γ) and the normal curves C_{β,γ} perpendicular to them; B+ highlighted',
      status: 'checked',
      checks: [`${mub}/normal_curve_orthogonality`],
    },
    {
      label: 'figure-3',
      kind: 'figure',
      words:
        '64 points on the normal curve through (0.999, 0.9): (a) ‖u_n‖∞ obeys bound (5) in B+ and B−, (b) B− slope ≈ |C|/2 at n = 1000',
      status: 'partial',
      checks: [
        `${mub}/figure3_bound_ratio_training`,
        `${mub}/figure3_exponent_B_minus`,
        `${mub}/growth_exponent_vs_paper`,
      ],
      missing:
        'reproduced in kind (MNIST MLP, 11 points; char transformer at --budget full), not the 30M nanoGPT on C4 with 64 points',
    },
    {
      label: 'figure-4',
      kind: 'figure',
      words:
        'Test loss along the normal curve (128 points): larger C(β, γ) generalizes faster; loss rises sharply on entering B−',
      status: 'not-checked',
      reason:
        "§3.3's correlation of C with generalization speed: no check trains along the normal curve and records test loss",
    },
    {
      label: 'lemma-2',
      kind: 'lemma',
      words:
        'If L is scale invariant in W, then ⟨W(t), g_W(t)⟩ = 0 for all t (6); appendix K: any continuous symmetry gives (18)',
      equations: [6, 18],
      status: 'checked',
      checks: [
        `${meta}/lemma2_ratio_loss`,
        `${meta}/lemma2_smooth_loss`,
        `${meta}/figure5_lemma2_equal_time_qk_norm`,
        `${meta}/figure5_equal_time_cosine_without_qk_norm`,
      ],
      note: 'only the scale-invariance case of (18) is exercised, not a general continuous symmetry',
    },
    {
      label: 'equation-7',
      kind: 'equation',
      words: 'A scale-invariant weight W obeys ½ηẄ + Ẇ + λW = −u_W to order η (proposition 2 applied to W)',
      equations: [7],
      status: 'partial',
      checks: [`${meta}/prop2_eq4_discrete_order`, `${meta}/prop3_eq9_order_joint`],
      missing:
        'eq. (4), of which (7) is the case θ = W, is compared with discrete AdamW on a quadratic (not on a scale-invariant weight); (7) itself is integrated as given beside (9) and in the theorem-2 checks',
    },
    {
      label: 'assumption-1',
      kind: 'assumption',
      words: 'Neglect ⟨W(t), g_W(τ)⟩ for τ ≤ t, treating it as second order in (η, λ)',
      status: 'checked',
      checks: [
        `${meta}/assumption1_cosine`,
        `${meta}/assumption1_cross_over_kept`,
        `${meta}/cross_term_ratio_gamma_sweep`,
        `${meta}/assumption1_without_normalization`,
        `${meta}/figure5_assumption1_qk_norm`,
      ],
      note: 'finding: with momentum γ = 0.9 the dropped term is ≈ 18× the kept one (2γ/(1 − γ))',
    },
    {
      label: 'assumption-2',
      kind: 'assumption',
      words:
        'Coarse-grain v_W: replace each entry of g_W² by ‖g_W‖²/N, i.e. no variability of adaptive scaling within W',
      status: 'partial',
      checks: [`${meta}/discrete_norm_rel_error_per_entry_v`],
      missing:
        "theorem 2 is compared with plain per-entry AdamW; figure 9's trajectories with and without coarse-graining are not run",
    },
    {
      label: 'theorem-2',
      kind: 'theorem',
      words:
        'Under assumptions 1–2, to order η: ‖W(t)‖² = ‖W(0)‖²e^{−2λt} + η∫₀ᵗ e^{−2λ(t−τ)}‖u_W(τ)‖² dτ (8), an EMA of ‖u_W‖²',
      equations: [8, 15],
      status: 'checked',
      checks: [
        `${meta}/phi_solves_ode`,
        `${meta}/residual_order_eta`,
        `${meta}/residual_order_joint`,
        `${meta}/norm_order_joint`,
        `${meta}/norm_rel_error_default`,
        `${meta}/non_orthogonal_control`,
        `${meta}/appendix_j_last_line`,
        `${meta}/discrete_norm_rel_error`,
        `${meta}/discrete_norm_rel_error_no_momentum`,
        `${meta}/figure5_transformer_norm`,
      ],
      note: "appendix J's last line has ‖Ẇ‖² for ‖W‖² (finding); on AdamW with γ = 0.9 assumption 1 fails, so theorem 2 is reported as a finding there",
    },
    {
      label: 'proposition-3',
      kind: 'proposition',
      words: 'To first order in (η, λ): ½η d²Ŵ/dt² + dŴ/dt + ΛŴ = −u_W/‖W‖ (9), Λ := ½ηr‖dŴ/dt‖²',
      equations: [9, 16, 17],
      status: 'checked',
      checks: [
        `${meta}/prop3_first_projection`,
        `${meta}/prop3_second_projection`,
        `${meta}/prop3_eq9_order_joint`,
        `${meta}/prop3_eq9_derived_lambda_order_joint`,
      ],
      note: 'finding: (9) integrated beside (7) with Λ = ½ηr‖Ŵ′‖² as stated is off at first order when ‖W‖ ≠ 1 (order 0.95 in η = λ = s); (16) with (17) divided by r gives Λ = ½η‖Ŵ′‖², with which the order is 1.99',
    },
    {
      label: 'figure-5',
      kind: 'figure',
      words:
        'True ‖W‖² of 16 query/key matrices (qk-norm, AdamW (0.999, 0.9), 100 iterations) agrees with the approximation of theorem 2',
      status: 'checked',
      checks: [`${meta}/figure5_transformer_norm`, `${meta}/figure5_assumption1_qk_norm`],
      note: 'reproduced in kind on a small char transformer; assumption 1 does not hold there, so the verdict is a finding',
    },
    {
      label: 'algorithm-1',
      kind: 'algorithm',
      words:
        'k-Adam update rule: k successive bias-corrected normalizations Cm_i/(√v_i + ϵ), coupled or decoupled weight decay',
      status: 'out-of-scope',
      reason: 'an algorithm (the k-Adam kernel that theorem 3 and k-Adam training checks run)',
    },
    {
      label: 'definition-3',
      kind: 'definition',
      words:
        'k-Adam: u^(i) = A_{γ_i,β_i}(u^(i−1)), u^(0) = g; 1-Adam is Adam; 2-Adam with γ2 = 0 is Adam with a normalization layer',
      status: 'not-checked',
      reason:
        'its claims (1-Adam ≡ Adam; 2-Adam with γ2 = 0 ≡ the implicit effect of a normalization layer) have no check',
    },
    {
      label: 'theorem-3',
      kind: 'theorem',
      words: 'Each level of k-Adam obeys the bound of theorem 1 with (β_i, γ_i): ‖u_n^(i)‖∞ ≤ … B_n(β_i, γ_i) (10)',
      equations: [10],
      status: 'checked',
      checks: [`${mub}/k_adam_level_bound_ratio`, `${mub}/k_adam_levels_in_B_plus`],
    },
    {
      label: 'figure-6',
      kind: 'figure',
      words:
        'Best CIFAR-10 test accuracy vs k: k-Adam beats Adam at some k > 1 (three strategies); naive bad for k > 2; 2-Adam inverse-exp best',
      status: 'partial',
      checks: [`${mub}/kadam_training_finite_runs`],
      missing:
        'k-Adam trains on an MNIST CNN (k = 1–3, four strategies) and losses are reported; "outperforms Adam" is not judged, CIFAR-10 not run',
    },
    {
      label: 'appendix-B',
      kind: 'section',
      words:
        'For stationary x_n the EMA has E[y_n] = E[x_n](1 − β^{n+1}), so the bias-corrected ỹ_n = y_n/(1 − β^{n+1}) is unbiased',
      status: 'not-checked',
      reason: 'elementary; no check',
    },
    {
      label: 'appendix-C',
      kind: 'section',
      words: 'With u ≡ 0, (4) gives θ = ae^{−k₊t} + be^{−k₋t}, k± = 1/η ± √((1 − 2λη)/η²); λ = 0 ⇒ θ = ae^{−k₊t} + b',
      status: 'checked',
      checks: [`${meta}/k_plus_root`, `${meta}/k_minus_root`],
    },
    {
      label: 'appendix-E',
      kind: 'section',
      words:
        'On B0 (C = 0) eq. (5) suggests √n growth; training shows bounded growth instead; the bound holds but is not tight',
      status: 'not-checked',
      reason: 'no check evaluates the bound or trains on the boundary C = 0',
    },
    {
      label: 'appendix-F',
      kind: 'section',
      words: 'Normal curves to C(β, γ): γ(β) = (k − 2β³)^{1/3}, through (β0, γ0) with k = 2β0³ + γ0³',
      status: 'checked',
      checks: [`${mub}/normal_curve_orthogonality`],
    },
    {
      label: 'figure-7',
      kind: 'figure',
      words: 'Max-update for 11 points on B0: bounded growth, not the √n-like scaling the bound allows',
      status: 'not-checked',
      reason: notTrained('the B0 sweep'),
    },
    {
      label: 'figure-8',
      kind: 'figure',
      words: '|⟨W(t_1000), g(t_n)⟩| for the 32 query/key matrices: → 0 with qk-norm, non-negligible without',
      status: 'partial',
      checks: [
        `${meta}/figure5_assumption1_qk_norm`,
        `${meta}/figure5_equal_time_cosine_without_qk_norm`,
        `${meta}/assumption1_without_normalization`,
      ],
      missing:
        "the figure's quantity |⟨W(t_1000), g(t_n)⟩| over n is not computed; the checks measure theorem 2's dropped term and equal-time cosines",
    },
    {
      label: 'figure-9',
      kind: 'figure',
      words: 'Trajectories of 16 query/key parameters with and without coarse-graining of v_W agree strongly',
      status: 'not-checked',
      reason: 'no check trains with a coarse-grained v_W (see assumption-2)',
    },
    {
      label: 'figure-10',
      kind: 'figure',
      words: 'CNN architecture used in figure 6 (3×3 convolutions, padding 1)',
      status: 'out-of-scope',
      reason: 'an architecture diagram; no claim',
    },
    {
      label: 'figure-11',
      kind: 'figure',
      words: 'Figure 3a restricted to B+: the predicted bounds (dotted) are satisfied',
      status: 'partial',
      checks: [`${mub}/figure3_bound_ratio_training`],
      missing: 'as figure-3: its B+ points on an MNIST MLP, not the nanoGPT runs',
    },
    {
      label: 'figure-12',
      kind: 'figure',
      words: 'Figure 4 along the normal curve through (0.95, 0.9): again larger C generalizes faster',
      status: 'not-checked',
      reason: notTrained('the generalization sweep of figure 4'),
    },
    {
      label: 'figure-13',
      kind: 'figure',
      words:
        'Figure 4 along the level curve through (0.999, 0.9): slower generalization for points closer to the origin',
      status: 'not-checked',
      reason: notTrained('the level-curve sweep'),
    },
    {
      label: 'figure-14',
      kind: 'figure',
      words: 'Figures 3 and 4 in B− with the annealing (19): max-update becomes very small and generalization poor',
      status: 'not-checked',
      reason: notTrained('the annealed B− sweep'),
    },
    {
      label: 'equation-19',
      kind: 'equation',
      words:
        'Appendix N: η_n = η0 exp(−n|C|/2) gives B− the bound of C > 0 on ‖θ_{n+1} − θ_n‖∞, but in practice it is too strong',
      equations: [19],
      status: 'not-checked',
      reason: 'no check evaluates the annealed bound or trains with it',
    },
    {
      label: 'appendix-O',
      kind: 'section',
      words:
        'Inverse exp strategy: (1 − β_i)^k = 1 − β̃ ⇒ β_i = 1 − (1 − β̃)^{1/k}; the strategy β̃^{1/k} performed badly',
      status: 'partial',
      checks: [`${mub}/k_adam_levels_in_B_plus`, `${mub}/kadam_training_finite_runs`],
      missing:
        'the strategies are run and shown to stay in B+; the prefactor argument and "β̃^{1/k} performs badly" are not checked',
    },
    {
      label: 'figure-15',
      kind: 'figure',
      words: 'Zoomed-out figure 6: the naive strategy degrades across k',
      status: 'partial',
      checks: [`${mub}/kadam_training_finite_runs`],
      missing: 'naive-strategy runs are trained (k ≤ 3, MNIST) but its degradation is not judged',
    },
    {
      label: 'figure-16',
      kind: 'figure',
      words:
        'k-Adam on C4 language modelling (30M transformer, k = 1–5): inverse exp best, 2-Adam best overall, beats AdamW',
      status: 'not-checked',
      reason: notTrained('k-Adam on a language model'),
    },
  ],
};
