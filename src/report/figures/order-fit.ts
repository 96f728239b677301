/** Log–log order fit: error vs step/parameter with the fitted slope (detail: eps|dt|h + remainder|gaps|error). */
import type { FigureInput, FigureKind } from './types.js';
import { fmt, frame, series } from './types.js';

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

export const orderFit: FigureKind = {
  id: 'order-fit',
  convention:
    'x series `eps` | `dt` | `h` | `step_size` and y series `remainder` | `gaps` | `error` of equal length (≥ 2 positive pairs): log–log points + fitted line',
  matches: (input) => pairs(input) !== undefined,
  spec(input) {
    const p = pairs(input)!;
    const ls = logLogFit(p.pts);
    // an order check draws its measured slope through the points; anything else its own LS slope
    const slope =
      input.toleranceKind === 'order' && input.measured !== null && Number.isFinite(input.measured)
        ? input.measured
        : ls.slope;
    const mean = p.pts.reduce((a, q) => a + Math.log(q.y) - slope * Math.log(q.x), 0) / p.pts.length;
    const xs = p.pts.map((q) => q.x);
    const ends = [Math.min(...xs), Math.max(...xs)].map((x) => ({
      x,
      y: Math.exp(mean + slope * Math.log(x)),
      series: `fit: slope ${fmt(slope)}`,
    }));
    const dots = p.pts.map((q) => ({ ...q, series: `measured ${p.yKey}` }));
    const stderr = typeof input.detail.stderr === 'number' ? ` ± ${fmt(input.detail.stderr)}` : '';
    const enc = {
      x: { field: 'x', type: 'quantitative', scale: { type: 'log' }, title: p.xKey },
      y: { field: 'y', type: 'quantitative', scale: { type: 'log' }, title: p.yKey },
      color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom-right' } },
    };
    return frame(
      `${input.check}: fitted slope ${fmt(slope)}${stderr}${input.expected !== null ? ` (expected ${fmt(input.expected)})` : ''}`,
      {
        layer: [
          { data: { values: ends }, mark: { type: 'line', strokeDash: [4, 3] }, encoding: enc },
          { data: { values: dots }, mark: { type: 'point', filled: true, size: 50 }, encoding: enc },
        ],
      },
    );
  },
};
