/**
 * secret-sauce: the paper and its coverage map. No text of it is stored offline (no seed file), so the map
 * holds the one statement this module checks; its wording is derived from the Adam recurrences, not quoted.
 */
import type { Paper } from '../../src/core/paper.js';

export const secretSaucePaper: Paper = {
  key: 'secret-sauce',
  title: "In Search of Adam's Secret Sauce",
  authors: 'A. Orvieto, R. M. Gower',
  year: 2025,
  equationCount: 0,
  coverage: [
    {
      label: 'proposition-1',
      kind: 'proposition',
      words:
        'With β1 = β2 = β the Adam direction is m_k/√(m_k² + β·EMA_β[(m_{k−1} − g_k)²]) (v_k − m_k² an EMA of squared innovations)',
      status: 'checked',
      checks: [
        'adam-secret-sauce/one_step_recursion',
        'adam-secret-sauce/unrolled_recursion',
        'adam-secret-sauce/quoted_variants',
        'adam-secret-sauce/float64_step_recursion',
        'adam-secret-sauce/float64_unrolled_ema',
        'adam-secret-sauce/training_moment_recursion',
      ],
      note: 'the rest of the paper (its language-model sweeps) is not mapped: no text of it is available offline',
    },
  ],
};
