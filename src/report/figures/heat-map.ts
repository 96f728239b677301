/** Heat maps on a grid, e.g. a phase diagram theory vs simulation (detail: `grid_x`, `grid_y`, number[][] panels). */
import type { FigureInput, FigureKind } from './types.js';
import { frame, prettyLabel } from './types.js';
import { cellRects, cells, gridAxes, gridShape } from './region-map.js';

/** Matrices reserved by other kinds. */
const reserved = new Set(['region', 'bound_fails', 'omega', 'curves']);
const panels = (input: FigureInput): string[] =>
  Object.keys(input.detail).filter((k) => !reserved.has(k) && gridShape(input, k) !== undefined);

export const heatMap: FigureKind = {
  id: 'heat-map',
  convention:
    '`grid_x`, `grid_y` (or two `<name>_axis` arrays, the first indexing rows) and any number[][] with rows = grid_y, cols = grid_x (e.g. `theory`, `simulation`): one panel each, shared colour scale — the phase diagram',
  matches: (input) => panels(input).length > 0,
  spec(input) {
    const keys = panels(input);
    const { xLabel: xTitle, yLabel: yTitle } = gridAxes(input)!;
    // a few integer codes (phase labels) get categorical colours; anything else a continuous scale
    const all = keys.flatMap((k) => gridShape(input, k)!.flat()).filter(Number.isFinite);
    const codes = [...new Set(all)].sort((a, b) => a - b);
    const categorical = codes.length <= 8 && codes.every(Number.isInteger);
    const color = categorical
      ? { field: 'v', type: 'ordinal', title: 'code', scale: { domain: codes, scheme: 'tableau10' } }
      : { field: 'v', type: 'quantitative', title: null, scale: { scheme: 'viridis' } };
    const panel = (k: string): unknown => ({
      title: prettyLabel(k),
      width: keys.length > 1 ? 260 : 380,
      height: 240,
      data: { values: cells(input, gridShape(input, k)!).filter((c) => Number.isFinite(c.v)) },
      ...cellRects(xTitle, yTitle, color),
    });
    return frame(`${input.check}: ${keys.map(prettyLabel).join(' vs ')}`, {
      hconcat: keys.map(panel),
      resolve: { scale: { color: 'shared' } },
    });
  },
};
