/**
 * The claimed form of proposition 1 as the checks evaluate it (their own code path). With β1 = β2 = β,
 * m_k = βm_{k−1} + (1−β)g_k, v_k = βv_{k−1} + (1−β)g_k² and s_k := v_k − m_k²:
 *   s_k = β s_{k−1} + w(β)·(m_{k·} − g_k)²,  w(β) = β(1−β), index k−1,
 * so v_k = m_k² + β·EMA_β[(m_{k−1} − g_k)²] + β^k s_0 (s_0 = 0 from m_0 = v_0 = 0). The claim mutants
 * perturb the weight (the form usually quoted, without the factor β) or the index (m_k in place of m_{k−1}).
 */
import { mutated } from '../../src/core/mutant.js';
import type { CheckContext, Claim } from '../../src/core/theorem.js';

type Ctx = Pick<CheckContext, 'input'>;
/** Which first moment the squared innovation uses: m_{k−1} (`previous`) or m_k (`current`). */
export type InnovationIndex = 'previous' | 'current';

/** A form of the recursion: its weight w(β) (number and CAS text) and its index. */
export interface RecursionForm {
  readonly weight: (b: number) => number;
  readonly weightExpr: (b: string) => string;
  readonly index: InnovationIndex;
}

export const derivedForm: RecursionForm = {
  weight: (b) => b * (1 - b),
  weightExpr: (b) => `${b}*(1 - ${b})`,
  index: 'previous',
};

/** The claim's form, or the mutant's: 'quoted-weight' (w = 1 − β, the EMA without β), 'current-index' (m_k, w = β(1−β)). */
export function claimedForm(c: Claim, ctx: Ctx): RecursionForm {
  if (mutated(c, ctx, 'quoted-weight'))
    return { weight: (b) => 1 - b, weightExpr: (b) => `(1 - ${b})`, index: 'previous' };
  if (mutated(c, ctx, 'current-index')) return { ...derivedForm, index: 'current' };
  return derivedForm;
}

/**
 * Variants of the statement as it is quoted, each as a form: whether each holds is what the symbolic layer
 * measures; a form's prediction of it is whether it equals the claimed form (m_k − g_k = β(m_{k−1} − g_k),
 * so a `current` weight w is the `previous` weight β²w).
 */
export const quotedVariants: readonly (RecursionForm & { readonly name: string; readonly text: string })[] = [
  {
    name: 'ema_without_beta',
    text: 'v_k = m_k² + EMA_β[(m_{k−1} − g_k)²] (weight 1 − β: off by the factor β)',
    weight: (b) => 1 - b,
    weightExpr: (b) => `(1 - ${b})`,
    index: 'previous',
  },
  {
    name: 'current_index_same_weight',
    text: 'v_k = m_k² + β·EMA_β[(m_k − g_k)²] (index k: off by the factor β²)',
    weight: (b) => b * (1 - b),
    weightExpr: (b) => `${b}*(1 - ${b})`,
    index: 'current',
  },
  {
    name: 'current_index_own_weight',
    text: 'v_k = m_k² + ((1 − β)/β)·EMA_β[(m_k − g_k)²] (index k with its own weight)',
    weight: (b) => (1 - b) / b,
    weightExpr: (b) => `(1 - ${b})/${b}`,
    index: 'current',
  },
  {
    name: 'previous_index_beta_weight',
    text: 'v_k = m_k² + β·EMA_β[(m_{k−1} − g_k)²] (the derived form)',
    weight: (b) => b * (1 - b),
    weightExpr: (b) => `${b}*(1 - ${b})`,
    index: 'previous',
  },
];

/** The weight a form puts on (m_{k−1} − g_k)² (a `current` form's w times β²). */
export const previousIndexWeight = (f: RecursionForm, b: number): number =>
  f.index === 'previous' ? f.weight(b) : b * b * f.weight(b);

/** Whether form `f` predicts variant `v` holds: the same weight on (m_{k−1} − g_k)² at every probe β. */
export function predictsHolds(f: RecursionForm, v: RecursionForm, probes: readonly number[]): boolean {
  return probes.every((b) => {
    const a = previousIndexWeight(f, b);
    const c = previousIndexWeight(v, b);
    return Math.abs(a - c) <= 1e-12 * Math.max(Math.abs(a), Math.abs(c));
  });
}
