/** A theoretical bound against the discrete worst case over n (detail: `n`, `bound`, `worst`). */
import type { FigureKind } from './types.js';
import { frame, series } from './types.js';

const worstKeys = ['worst', 'worst_case', 'discrete'] as const;
const worstKey = (d: Parameters<FigureKind['matches']>[0]['detail'], len: number): string | undefined =>
  worstKeys.find((k) => series(d, k)?.length === len);

export const boundVsN: FigureKind = {
  id: 'bound-vs-n',
  convention:
    '`n` (number[]), `bound` and `worst` | `worst_case` | `discrete` of the same length: bound vs measured worst case over n (log x)',
  matches(input) {
    const n = series(input.detail, 'n');
    return (
      !!n &&
      n.length >= 2 &&
      series(input.detail, 'bound')?.length === n.length &&
      worstKey(input.detail, n.length) !== undefined
    );
  },
  spec(input) {
    const n = series(input.detail, 'n')!;
    const bound = series(input.detail, 'bound')!;
    const wk = worstKey(input.detail, n.length)!;
    const worst = series(input.detail, wk)!;
    const values = [
      ...n.map((x, i) => ({ n: x, y: bound[i], series: 'bound' })),
      ...n.map((x, i) => ({ n: x, y: worst[i], series: `discrete ${wk}` })),
    ].filter((v) => Number.isFinite(v.y));
    const positive = values.every((v) => v.y > 0) && n.every((x) => x > 0);
    return frame(`${input.check}: bound vs discrete worst case`, {
      data: { values },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'n', type: 'quantitative', scale: { type: positive ? 'log' : 'linear' }, title: 'n' },
        y: { field: 'y', type: 'quantitative', scale: { type: positive ? 'log' : 'linear' }, title: null },
        color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom' } },
      },
    });
  },
};
