/** The ω table with its diagonal highlighted (detail: `omega` number[][], `omega_rows`, `omega_cols`). */
import type { FigureKind } from './types.js';
import { fmt, frame, matrix, series, text } from './types.js';

export const omegaTable: FigureKind = {
  id: 'omega-table',
  convention:
    '`omega` (number[][]), optional `omega_rows` / `omega_cols` (row and column values, e.g. β1 and β2; `omega_row_label`/`omega_col_label` name them): a table heat map with the diagonal outlined',
  matches: (input) => matrix(input.detail, 'omega') !== undefined,
  spec(input) {
    const m = matrix(input.detail, 'omega')!;
    const rv = series(input.detail, 'omega_rows');
    const cv = series(input.detail, 'omega_cols');
    const rowName = (i: number): string => (rv && rv.length === m.length ? fmt(rv[i]) : String(i + 1));
    const colName = (j: number): string => (cv && cv.length === m[0].length ? fmt(cv[j]) : String(j + 1));
    const values = m.flatMap((r, i) =>
      r.map((v, j) => ({ row: rowName(i), col: colName(j), v, label: fmt(v), diag: i === j })),
    );
    const enc = {
      x: {
        field: 'col',
        type: 'ordinal',
        sort: null,
        title: text(input.detail, 'omega_col_label', 'β2'),
        axis: { labelAngle: 0 },
      },
      y: { field: 'row', type: 'ordinal', sort: null, title: text(input.detail, 'omega_row_label', 'β1') },
    };
    return frame(`${input.check}: ω table (diagonal outlined)`, {
      data: { values },
      width: Math.min(420, 60 * m[0].length),
      height: Math.min(320, 30 * m.length),
      layer: [
        {
          mark: { type: 'rect' },
          encoding: {
            ...enc,
            color: { field: 'v', type: 'quantitative', title: 'ω', scale: { scheme: 'blues' } },
            stroke: { condition: { test: 'datum.diag', value: '#d62728' }, value: null },
            strokeWidth: { condition: { test: 'datum.diag', value: 3 }, value: 0 },
          },
        },
        { mark: { type: 'text', fontSize: 10 }, encoding: { ...enc, text: { field: 'label' } } },
      ],
    });
  },
};
