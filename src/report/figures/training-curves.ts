/**
 * Training curves, one per run or tensor (detail: `curves` number[][], `curve_labels`, `step`), optionally
 * against a theory curve each (`curves_reference`, dashed: ctadam fig. 5, ‖W‖² against theorem 2).
 */
import type { FigureKind } from './types.js';
import { frame, matrix, series, text } from './types.js';

export const trainingCurves: FigureKind = {
  id: 'training-curves',
  convention:
    '`curves` (number[][], one row per run), optional `curve_labels` ("β1=0.9,β2=0.99|…", `|`-separated), optional `step` (x values, length = row length; log axis when positive over > 2 decades) named by `step_label`, optional `curve_y_label`; optional `curves_reference` (same shape, drawn dashed) named by `reference_label` against `measured_label`',
  matches: (input) => matrix(input.detail, 'curves') !== undefined,
  spec(input) {
    const rows = matrix(input.detail, 'curves')!;
    const ref = matrix(input.detail, 'curves_reference');
    const reference = ref && ref.length === rows.length && ref[0].length === rows[0].length ? ref : undefined;
    const labels = text(input.detail, 'curve_labels', '').split('|');
    const step = series(input.detail, 'step');
    const x = step && step.length === rows[0].length ? step : rows[0].map((_, k) => k);
    const measured = text(input.detail, 'measured_label', 'measured');
    const theory = text(input.detail, 'reference_label', 'reference');
    const points = (m: number[][], series: string) =>
      m.flatMap((r, i) => r.map((y, k) => ({ step: x[k], y, run: labels[i] || `run ${i + 1}`, series })));
    const values = [...points(rows, measured), ...(reference ? points(reference, theory) : [])].filter((v) =>
      Number.isFinite(v.y),
    );
    // log y only where the curves span more than two decades (‖W‖² moving by a few per cent reads better linear)
    const ys = values.map((v) => v.y);
    const log = ys.every((y) => y > 0) && Math.max(...ys) / Math.min(...ys) > 100;
    return frame(
      `${input.check}: ${rows.length} training curve${rows.length > 1 ? 's' : ''}${reference ? ` (solid ${measured}, dashed ${theory})` : ''}`,
      {
        data: { values },
        mark: { type: 'line', strokeWidth: 1.2 },
        encoding: {
          x: {
            field: 'step',
            type: 'quantitative',
            title: text(input.detail, 'step_label', 'step'),
            // x over decades (the referee's c = 10⁻³ … 10³) on a log axis
            scale:
              x.every((v) => v > 0) && Math.max(...x) / Math.min(...x) > 100 ? { type: 'log' } : { type: 'linear' },
          },
          y: {
            field: 'y',
            type: 'quantitative',
            title: text(input.detail, 'curve_y_label', 'value'),
            scale: log ? { type: 'log' } : { type: 'linear', zero: false },
          },
          color: {
            field: 'run',
            type: 'nominal',
            title: null,
            legend: rows.length > 8 ? null : { orient: 'right', labelLimit: 200 },
          },
          detail: { field: 'series' },
          ...(reference
            ? {
                strokeDash: {
                  field: 'series',
                  type: 'nominal',
                  title: null,
                  scale: {
                    domain: [measured, theory],
                    range: [
                      [1, 0],
                      [5, 3],
                    ],
                  },
                  legend: { orient: 'bottom' },
                },
              }
            : {}),
        },
      },
    );
  },
};
