/** Figure fields for the report (src/report/figures conventions): ctadam figure 5, ‖W‖² against theorem 2. Display only. */
import type { DetailValue } from '../../src/core/theorem.js';

interface Traced {
  readonly tensor: string;
  readonly seed: number;
  readonly traceN: readonly number[];
  readonly w2Trace: readonly number[];
  readonly phiTrace: readonly number[];
}

/** Fig. 5: per query/key tensor the real ‖W_n‖² (solid) and theorem 2's discrete φ_n (dashed), over the steps kept. */
export function figure5Curves(tensors: readonly Traced[]): Record<string, DetailValue> {
  return {
    step: [...tensors[0].traceN],
    curves: tensors.map((t) => [...t.w2Trace]),
    curves_reference: tensors.map((t) => [...t.phiTrace]),
    curve_labels: tensors.map((t) => `${t.tensor} (seed ${t.seed})`).join('|'),
    curve_y_label: '‖W‖²',
    step_label: 'step n',
    measured_label: '‖Wₙ‖² (training)',
    reference_label: 'theorem 2, eq. (8)',
  };
}
