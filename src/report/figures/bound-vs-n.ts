/**
 * A theoretical bound against what was measured, over n (ctadam fig. 3a: ‖u_n‖∞ per (β, γ), eq. (5) dotted).
 * Detail: `n`, `bound` and `measured` | `worst` | `worst_case` | `discrete`, each one series or one row per curve.
 */
import type { FigureInput, FigureKind } from './types.js';
import { frame, labelOf, matrix, series, text } from './types.js';

type Detail = FigureInput['detail'];
const measuredKeys = ['measured', 'worst', 'worst_case', 'discrete'] as const;

/** A series of length `len` as one row, or a matrix with rows of that length. */
const rows = (d: Detail, key: string, len: number): number[][] | undefined => {
  const s = series(d, key);
  if (s) return s.length === len ? [s] : undefined;
  const m = matrix(d, key);
  return m && m[0].length === len ? m : undefined;
};

function pick(d: Detail): { n: number[]; bound: number[][]; key: string; measured: number[][] } | undefined {
  const n = series(d, 'n');
  if (!n || n.length < 2) return undefined;
  const bound = rows(d, 'bound', n.length);
  if (!bound) return undefined;
  for (const key of measuredKeys) {
    const measured = rows(d, key, n.length);
    if (measured && measured.length === bound.length) return { n, bound, key, measured };
  }
  return undefined;
}

export const boundVsN: FigureKind = {
  id: 'bound-vs-n',
  convention:
    '`n` (number[]), `bound` and `measured` | `worst` | `worst_case` | `discrete` of that length — or number[][] with one row per curve and `curve_labels` ("β=0.999, γ=0.9|…") — optional `y_label`: measured (solid) against the bound (dotted) over n, log y',
  matches: (input) => pick(input.detail) !== undefined,
  spec(input) {
    const p = pick(input.detail)!;
    const labels = text(input.detail, 'curve_labels', '').split('|');
    const curve = (i: number): string => (p.bound.length === 1 ? '' : labels[i] || `curve ${i + 1}`);
    const what = p.key === 'measured' ? 'measured' : `discrete ${p.key.replace('_', ' ')}`;
    const values = [
      ...p.bound.flatMap((r, i) => r.map((y, k) => ({ n: p.n[k], y, curve: curve(i), series: 'bound' }))),
      ...p.measured.flatMap((r, i) => r.map((y, k) => ({ n: p.n[k], y, curve: curve(i), series: what }))),
    ].filter((v) => Number.isFinite(v.y) && Number.isFinite(v.n));
    const positive = values.every((v) => v.y > 0);
    const many = p.bound.length > 1;
    return frame(`${input.check}: ${what} vs bound over n${many ? `, ${p.bound.length} curves` : ''}`, {
      data: { values },
      mark: { type: 'line', point: !many && p.n.length <= 12, strokeWidth: 1.5 },
      encoding: {
        x: { field: 'n', type: 'quantitative', title: 'n' },
        y: {
          field: 'y',
          type: 'quantitative',
          scale: { type: positive ? 'log' : 'linear' },
          title: labelOf(input.detail, 'y_label', ''),
        },
        // one colour per curve, the bound dotted: paper fig. 3a's convention
        color: many
          ? { field: 'curve', type: 'nominal', title: null, legend: { orient: 'right', labelLimit: 220 } }
          : { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom' } },
        strokeDash: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: {
            domain: ['bound', what],
            range: [
              [2, 2],
              [1, 0],
            ],
          },
          legend: { orient: 'bottom' },
        },
        detail: { field: 'curve' },
      },
    });
  },
};
