/**
 * Orvieto & Gower (2025), proposition 1: with β1 = β2 = β, Adam's second moment is the first moment
 * squared plus an EMA of squared innovations, v_k = m_k² + β·EMA_β[(m_{k−1} − g_k)²]. Data only.
 */
import type { Budget, Claim, Declared } from '../../src/core/theorem.js';
import type { MomentsBudget } from './training.js';

const protocol = { beta: 0.95, lr: 1e-3, eps: 1e-8, batch: 32 } as const;
/** quick: ≈ 10 s on one core; the identity holds at every step, so the budgets differ only in how much state is sampled. */
const moments = {
  quick: {
    ...protocol,
    task: { kind: 'mnist-mlp', hidden: [32], trainExamples: 2000 },
    steps: 100,
    coordinates: 128,
    seeds: 1,
  },
  standard: {
    ...protocol,
    task: { kind: 'mnist-mlp', hidden: [64], trainExamples: 4000 },
    steps: 500,
    coordinates: 256,
    seeds: 2,
  },
  full: { ...protocol, task: { kind: 'mnist-mlp', hidden: [128] }, steps: 2000, coordinates: 512, seeds: 3 },
} as const satisfies Record<Budget, Declared<MomentsBudget>>;

const floatSource =
  'recursion.ts: |r_k| ≤ τ_k, the first-order rounding bound of one Adam step (4u on v, 3u on m, rounded β and 1 − β) plus the float64 evaluation of r_k';
const allChecks = [
  'one_step_recursion',
  'unrolled_recursion',
  'quoted_variants',
  'float64_step_recursion',
  'float64_unrolled_ema',
  'training_moment_recursion',
];

export const secretSauceClaim = {
  id: 'adam-secret-sauce',
  paper: 'secret-sauce',
  labels: ['proposition-1'],
  title: 'β1 = β2: Adam’s v_k is m_k² plus β times an EMA of (m_{k−1} − g_k)²',
  statement: {
    text:
      'With β1 = β2 = β, m_k = βm_{k−1} + (1−β)g_k and v_k = βv_{k−1} + (1−β)g_k², s_k := v_k − m_k² obeys ' +
      's_k = βs_{k−1} + β(1−β)(m_{k−1} − g_k)², so v_k = m_k² + β^k s_0 + β·Σ_j β^{k−j}(1−β)(m_{j−1} − g_j)² ' +
      '(s_0 = 0 from m_0 = v_0 = 0) and the Adam direction (ε = 0, no bias correction) is m_k/√(m_k² + β·EMA_β[(m_{k−1} − g_k)²]). ' +
      'As often quoted without the factor β, or with m_k in place of m_{k−1}, it is off by β or β².',
    latex: 'v_k - m_k^2 = \\beta\\,(v_{k-1} - m_{k-1}^2) + \\beta(1-\\beta)\\,(m_{k-1} - g_k)^2,\\quad v_0 = m_0 = 0',
  },
  hypotheses: ['β1 = β2 = β ∈ (0, 1); any gradient sequence; ε and bias correction do not enter v_k − m_k²'],
  settings: {
    identityPoints: 64,
    unrolledSteps: 3,
    betaProbes: [0.3, 0.9, 0.99],
    sequenceLength: 200,
    propertyRuns: 24,
    betaMin: 0.5,
    betaMax: 0.9999,
  },
  experiments: { moments },
  expectations: {
    one_step_recursion: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-30 },
      source: 'derived from the recurrences: s_k − βs_{k−1} = β(1−β)(m_{k−1} − g_k)² exactly (CAS + 48-digit points)',
      kind: 'evidence',
    },
    unrolled_recursion: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 1e-30 },
      source:
        'the recursion unrolled over 3 steps from a general (m_0, v_0): v_3 − m_3² = β³s_0 + Σ_j β^{3−j}β(1−β)(m_{j−1} − g_j)², the initial term included',
      kind: 'evidence',
    },
    quoted_variants: {
      expected: 0,
      tolerance: { kind: 'abs', atol: 0.5 },
      source:
        'a count (integer): of 4 quoted forms, those whose identity outcome differs from what the claimed weight and index predict; the form without β and the m_k form with weight β(1−β) are refuted',
      kind: 'evidence',
    },
    float64_step_recursion: {
      expected: 1,
      tolerance: { kind: 'upper', slack: 0 },
      source: `${floatSource}; u = 2^−53 (float64 kernels)`,
      kind: 'evidence',
    },
    float64_unrolled_ema: {
      expected: 1,
      tolerance: { kind: 'upper', slack: 0 },
      source: `recursion.ts: |s_k − EMA_k| ≤ T_k, τ_k propagated through the β-recursion over the sequence plus the EMA's own float64 rounding; u = 2^−53`,
      kind: 'evidence',
    },
    training_moment_recursion: {
      expected: 1,
      tolerance: { kind: 'upper', slack: 0 },
      source: `${floatSource}; u of the backend's float tensors (2^−24 for float32)`,
      kind: 'evidence',
    },
  },
  mutants: {
    'quoted-weight': {
      description: 'weight β(1−β) → 1 − β: v_k = m_k² + EMA_β[(m_{k−1} − g_k)²], the form quoted without β',
      checks: allChecks,
    },
    'current-index': {
      description: 'index m_{k−1} → m_k with the same weight β(1−β)',
      checks: allChecks,
    },
  },
} as const satisfies Claim;
