/** The (β, γ) region map with B+/B−/B0 and where the bound fails (detail: `grid_x`, `grid_y`, `region`, `bound_fails`). */
import type { FigureInput, FigureKind } from './types.js';
import { cellEdges, frame, matrix, prettyLabel, series, text } from './types.js';

const regionName = (code: number): string => (code > 0 ? 'B+' : code < 0 ? 'B−' : code === 0 ? 'B0' : 'n/a');

/**
 * The grid's axes: `grid_x` (columns) and `grid_y` (rows); failing those, exactly two `<name>_axis`
 * arrays, the first declared indexing rows (y) and the second columns (x).
 */
export function gridAxes(
  input: FigureInput,
): { gx: number[]; gy: number[]; xLabel: string; yLabel: string } | undefined {
  const d = input.detail;
  const gx = series(d, 'grid_x');
  const gy = series(d, 'grid_y');
  if (gx && gy) return { gx, gy, xLabel: text(d, 'grid_x_label', 'x'), yLabel: text(d, 'grid_y_label', 'y') };
  const axes = Object.keys(d).filter((k) => k.endsWith('_axis') && series(d, k) !== undefined);
  if (axes.length !== 2) return undefined;
  return {
    gy: series(d, axes[0])!,
    gx: series(d, axes[1])!,
    yLabel: prettyLabel(axes[0].slice(0, -5)),
    xLabel: prettyLabel(axes[1].slice(0, -5)),
  };
}

/** The matrix under `key` when its shape is rows = y axis, cols = x axis. */
export function gridShape(input: FigureInput, key: string): number[][] | undefined {
  const a = gridAxes(input);
  const m = matrix(input.detail, key);
  return a && m && m.length === a.gy.length && m[0].length === a.gx.length ? m : undefined;
}

/** Long-format cells with edges for rect marks. */
export function cells(
  input: FigureInput,
  m: readonly (readonly number[])[],
): { x: number; x2: number; y: number; y2: number; cx: number; cy: number; v: number; i: number; j: number }[] {
  const { gx, gy } = gridAxes(input)!;
  const ex = cellEdges(gx);
  const ey = cellEdges(gy);
  return m.flatMap((row, i) =>
    row.map((v, j) => ({ x: ex.lo[j], x2: ex.hi[j], y: ey.lo[i], y2: ey.hi[i], cx: gx[j], cy: gy[i], v, i, j })),
  );
}

/** The rect mark over `cells` (edges x..x2, y..y2) with axis titles and a colour channel. */
export function cellRects(
  xTitle: string,
  yTitle: string,
  color: unknown,
): { mark: { type: 'rect' }; encoding: Record<string, unknown> } {
  const axis = (field: string, title: string) => ({
    field,
    type: 'quantitative',
    title,
    scale: { zero: false, nice: false },
  });
  return {
    mark: { type: 'rect' },
    encoding: { x: axis('x', xTitle), x2: { field: 'x2' }, y: axis('y', yTitle), y2: { field: 'y2' }, color },
  };
}

export const regionMap: FigureKind = {
  id: 'region-map',
  convention:
    '`grid_x`, `grid_y` (axes, e.g. β and γ; `grid_x_label`/`grid_y_label` name them) and `region` (rows = grid_y): codes 1 = B+, −1 = B−, 0 = B0; optional `bound_fails` (same shape, ≠ 0 marks a cell where the bound fails for discrete Adam); optional `points_x`, `points_y` (the points trained, e.g. along the normal curve, fig. 3c) with `points_fail` (≠ 0: the bound failed there)',
  matches: (input) => gridShape(input, 'region') !== undefined,
  spec(input) {
    const region = gridShape(input, 'region')!;
    const fails = gridShape(input, 'bound_fails');
    const axes = gridAxes(input)!;
    const xTitle = axes.xLabel === 'x' ? 'β' : axes.xLabel;
    const yTitle = axes.yLabel === 'y' ? 'γ' : axes.yLabel;
    const rects = cells(input, region).map((c) => ({ ...c, region: regionName(c.v) }));
    const marks = fails ? cells(input, fails).filter((c) => c.v !== 0) : [];
    const layer: unknown[] = [
      {
        data: { values: rects },
        ...cellRects(xTitle, yTitle, {
          field: 'region',
          type: 'nominal',
          title: 'region',
          scale: { domain: ['B+', 'B−', 'B0', 'n/a'], range: ['#4c78a8', '#e45756', '#eeca3b', '#bbbbbb'] },
        }),
      },
    ];
    if (marks.length > 0) {
      layer.push({
        data: { values: marks.map((c) => ({ ...c, what: 'bound fails (discrete Adam)' })) },
        mark: { type: 'point', shape: 'cross', filled: true, size: 40, color: 'black' },
        encoding: {
          x: { field: 'cx', type: 'quantitative' },
          y: { field: 'cy', type: 'quantitative' },
          shape: {
            field: 'what',
            type: 'nominal',
            title: null,
            scale: { range: ['cross'] },
            legend: { orient: 'bottom', labelLimit: 300 },
          },
        },
      });
    }
    const px = series(input.detail, 'points_x');
    const py = series(input.detail, 'points_y');
    const pf = series(input.detail, 'points_fail');
    if (px && py && px.length === py.length) {
      const label = (i: number): string =>
        pf?.length === px.length ? (pf[i] !== 0 ? 'trained: bound fails' : 'trained: bound holds') : 'trained';
      const fill: Readonly<Record<string, string>> = {
        'trained: bound holds': 'white',
        'trained: bound fails': 'black',
        trained: '#888888',
      };
      const used = [...new Set(px.map((_, i) => label(i)))];
      layer.push({
        data: { values: px.map((x, i) => ({ x, y: py[i], what: label(i) })) },
        mark: { type: 'point', filled: true, size: 60, stroke: 'black', strokeWidth: 1 },
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          y: { field: 'y', type: 'quantitative' },
          fill: {
            field: 'what',
            type: 'nominal',
            title: null,
            scale: { domain: used, range: used.map((u) => fill[u]) },
            legend: { orient: 'bottom', labelLimit: 300 },
          },
        },
      });
    }
    return frame(
      `${input.check}: (${xTitle}, ${yTitle}) region map${marks.length ? `, bound fails in ${marks.length} cells` : ''}`,
      { layer },
      { width: 380, height: 300 },
    );
  },
};
