/** Figure fields for the report (src/report/figures conventions): ctadam figure 3 (a) and (c), the (β, γ) grid map. Display only. */
import type { DetailValue } from '../../src/core/theorem.js';
import type { Figure3Point } from '../../experiments/specs/ctadam-figure3.js';
import { cOf } from '../../src/numeric/ctadam/index.js';

type Fields = Record<string, DetailValue>;
const fmt = (x: number): string => Number(x.toPrecision(4)).toString();
const linspace = (lo: number, hi: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** Fig. 3a: max over seeds of ‖u_n‖∞ (solid) and eq. (5)'s bound (dotted) over n, one curve per (β, γ). */
export function figure3Curves(points: readonly Figure3Point[]): Fields {
  return {
    n: [...points[0].traceN],
    measured: points.map((p) => [...p.traceUpdate]),
    bound: points.map((p) => [...p.traceBound]),
    curve_labels: points
      .map((p) => `β=${fmt(p.beta)}, γ=${fmt(p.gamma)} (${p.region === 'B-' ? 'B−' : p.region})`)
      .join('|'),
    y_label: '‖uₙ‖∞',
  };
}

/** Fig. 3c: the (β, γ) plane around the sweep, B+ / B− by the sign of C, the trained points on the normal curve. */
export function figure3Region(points: readonly Figure3Point[], cells = 32): Fields {
  const bs = points.map((p) => p.beta);
  const gs = points.map((p) => p.gamma);
  const pad = (lo: number, hi: number) => 0.15 * (hi - lo || 0.01);
  const gx = linspace(
    Math.min(...bs) - pad(Math.min(...bs), Math.max(...bs)),
    Math.min(0.9999, Math.max(...bs) + pad(Math.min(...bs), Math.max(...bs))),
    cells,
  );
  const gy = linspace(
    Math.min(...gs) - pad(Math.min(...gs), Math.max(...gs)),
    Math.min(0.9999, Math.max(...gs) + pad(Math.min(...gs), Math.max(...gs))),
    cells,
  );
  return {
    grid_x: gx,
    grid_y: gy,
    grid_x_label: 'β',
    grid_y_label: 'γ',
    region: gy.map((gamma) => gx.map((beta) => sign(cOf(beta, gamma)))),
    points_x: bs,
    points_y: gs,
  };
}

/** The grid scan's map: region of each cell (rows γ, columns β) and where S_n exceeded the bound, at most `max` cells a side. */
export function gridMap(
  region: readonly (readonly number[])[],
  fails: readonly (readonly number[])[],
  axis: readonly number[],
  max = 40,
): Fields {
  const stride = Math.max(1, Math.ceil(axis.length / max));
  const keep = axis.map((_, i) => i).filter((i) => i % stride === 0);
  const pick = (m: readonly (readonly number[])[]) => keep.map((j) => keep.map((i) => m[j][i]));
  return {
    grid_x: keep.map((i) => axis[i]),
    grid_y: keep.map((j) => axis[j]),
    grid_x_label: 'β',
    grid_y_label: 'γ',
    region: pick(region),
    bound_fails: pick(fails),
  };
}
