/** Log–log order fit: error vs step/parameter with the fitted slope (detail: eps|dt|h + remainder|gaps|error). */
import type { FigureInput, FigureKind } from './types.js';
import { fmt, frame, labelOf, series } from './types.js';

const xKeys = ['eps', 'dt', 'h', 'step_size'] as const;
const yKeys = ['remainder', 'gaps', 'error'] as const;

function pairs(input: FigureInput): { xKey: string; yKey: string; pts: { x: number; y: number }[] } | undefined {
  for (const xKey of xKeys) {
    const x = series(input.detail, xKey);
    if (!x) continue;
    for (const yKey of yKeys) {
      const y = series(input.detail, yKey);
      if (!y || y.length !== x.length) continue;
      const pts = x
        .map((xi, i) => ({ x: xi, y: y[i] }))
        .filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.x) && Number.isFinite(p.y));
      if (pts.length >= 2) return { xKey, yKey, pts };
    }
  }
  return undefined;
}

/** Least-squares slope and intercept of log y on log x. */
export function logLogFit(pts: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  const lx = pts.map((p) => Math.log(p.x));
  const ly = pts.map((p) => Math.log(p.y));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < lx.length; i++) {
    sxy += (lx[i] - mx) * (ly[i] - my);
    sxx += (lx[i] - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : NaN;
  return { slope, intercept: my - slope * mx };
}

/** A line of `slope` through the points' log-mean, over their x range. */
function lineThrough(pts: readonly { x: number; y: number }[], slope: number, series: string) {
  const mean = pts.reduce((a, q) => a + Math.log(q.y) - slope * Math.log(q.x), 0) / pts.length;
  const xs = pts.map((q) => q.x);
  return [Math.min(...xs), Math.max(...xs)].map((x) => ({ x, y: Math.exp(mean + slope * Math.log(x)), series }));
}

export const orderFit: FigureKind = {
  id: 'order-fit',
  convention:
    'x series `eps` | `dt` | `h` | `step_size` and y series `remainder` | `gaps` | `error` of equal length (≥ 2 positive pairs), optional `x_label` / `y_label`: log–log points, the fitted line and, for an `order` tolerance, the expected slope',
  matches: (input) => pairs(input) !== undefined,
  spec(input) {
    const p = pairs(input)!;
    const ls = logLogFit(p.pts);
    // an order check draws its measured slope through the points; anything else its own LS slope
    const order = input.toleranceKind === 'order';
    const slope = order && input.measured !== null && Number.isFinite(input.measured) ? input.measured : ls.slope;
    const expected = order && input.expected !== null && Number.isFinite(input.expected) ? input.expected : null;
    const xTitle = labelOf(input.detail, 'x_label', p.xKey);
    const yTitle = labelOf(input.detail, 'y_label', p.yKey);
    const lines = [
      ...lineThrough(p.pts, slope, `fit: slope ${fmt(slope)}`),
      ...(expected !== null ? lineThrough(p.pts, expected, `expected: slope ${fmt(expected)}`) : []),
    ];
    const dots = p.pts.map((q) => ({ ...q, series: `measured ${yTitle}` }));
    const stderr = typeof input.detail.stderr === 'number' ? ` ± ${fmt(input.detail.stderr)}` : '';
    const enc = {
      x: { field: 'x', type: 'quantitative', scale: { type: 'log' }, title: xTitle },
      y: { field: 'y', type: 'quantitative', scale: { type: 'log' }, title: yTitle },
      color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom-right' } },
    };
    return frame(
      `${input.check}: fitted slope ${fmt(slope)}${stderr}${input.expected !== null ? ` (expected ${fmt(input.expected)})` : ''}`,
      {
        layer: [
          {
            data: { values: lines },
            mark: { type: 'line' },
            encoding: {
              ...enc,
              strokeDash: {
                field: 'series',
                type: 'nominal',
                legend: null,
                scale: {
                  domain: lines.map((l) => l.series).filter((x, i, a) => a.indexOf(x) === i),
                  range: [
                    [4, 3],
                    [1, 0],
                  ],
                },
              },
            },
          },
          { data: { values: dots }, mark: { type: 'point', filled: true, size: 50 }, encoding: enc },
        ],
      },
    );
  },
};
