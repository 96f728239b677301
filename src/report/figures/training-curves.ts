/** Training curves, e.g. ‖R_k‖ per (β1, β2) (detail: `curves` number[][], `curve_labels`, `step`). */
import type { FigureKind } from './types.js';
import { frame, matrix, series, text } from './types.js';

export const trainingCurves: FigureKind = {
  id: 'training-curves',
  convention:
    '`curves` (number[][], one row per run), optional `curve_labels` ("β1=0.9,β2=0.99|…", `|`-separated), optional `step` (x values, length = row length), optional `curve_y_label`',
  matches: (input) => matrix(input.detail, 'curves') !== undefined,
  spec(input) {
    const rows = matrix(input.detail, 'curves')!;
    const labels = text(input.detail, 'curve_labels', '').split('|');
    const step = series(input.detail, 'step');
    const x = step && step.length === rows[0].length ? step : rows[0].map((_, k) => k);
    const values = rows
      .flatMap((r, i) => r.map((y, k) => ({ step: x[k], y, run: labels[i] || `run ${i + 1}` })))
      .filter((v) => Number.isFinite(v.y));
    const positive = values.every((v) => v.y > 0);
    return frame(`${input.check}: ${rows.length} training curve${rows.length > 1 ? 's' : ''}`, {
      data: { values },
      mark: { type: 'line', strokeWidth: 1.2 },
      encoding: {
        x: { field: 'step', type: 'quantitative', title: 'step' },
        y: {
          field: 'y',
          type: 'quantitative',
          title: text(input.detail, 'curve_y_label', 'value'),
          scale: { type: positive ? 'log' : 'linear' },
        },
        color: { field: 'run', type: 'nominal', title: null, legend: { orient: 'right' } },
      },
    });
  },
};
