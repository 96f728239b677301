import { describe, expect, it } from 'vitest';
import type { FigureInput } from '../../src/report/figures/index.js';
import { figuresFor } from '../../src/report/figures/index.js';
import { uniquifyIds } from '../../src/report/figures/render.js';
import { zooDetails } from './synthetic.js';

const input = (check: string, detail: FigureInput['detail']): FigureInput => ({
  theorem: 't',
  check,
  measured: 2,
  expected: 2,
  toleranceKind: 'order',
  detail,
});
const kinds = (detail: FigureInput['detail']): string[] => figuresFor(input('c', detail)).map((f) => f.kind);

describe('figure registry', () => {
  it('should choose each kind by the shape of detail', () => {
    const want: Record<string, string> = {
      order_fit: 'order-fit',
      time_series: 'time-series',
      bound_vs_n: 'bound-vs-n',
      region_map: 'region-map',
      phase_diagram: 'heat-map',
      training_curves: 'training-curves',
      omega_table: 'omega-table',
    };
    for (const [check, detail] of Object.entries(zooDetails)) expect(kinds(detail), check).toEqual([want[check]]);
  });
  it('should accept `<name>_axis` grids and `<p>_t` time series, as modules emit them', () => {
    const m = [
      [1, 2],
      [3, 1],
      [2, 2],
    ];
    expect(kinds({ phase_theory: m, phase_simulated: m, beta1_axis: [0.1, 0.5, 0.9], beta2_axis: [0.2, 0.8] })).toEqual(
      ['heat-map'],
    );
    expect(kinds({ loss_t: [1, 2, 3], loss_log10_a: [0, -1, -2], other: [5, 6] })).toEqual(['time-series']);
  });
  it('should draw nothing for shapes it does not know, or malformed ones', () => {
    expect(
      kinds({
        work: 3,
        slopes: [1, 2, 3],
        jacobian: [
          [1, 0],
          [0, 1],
        ],
      }),
    ).toEqual([]);
    expect(kinds({ eps: [0.1, 0.05], remainder: [0, -1] })).toEqual([]); // no positive pairs for a log–log plot
    expect(kinds({ grid_x: [1, 2], grid_y: [1, 2], region: [[1, 0]] })).toEqual([]); // wrong shape
  });
  it('should make inlined SVG ids unique', () => {
    const svg = '<svg><clipPath id="clip1"><rect/></clipPath><g clip-path="url(#clip1)"/><use href="#clip1"/></svg>';
    expect(uniquifyIds(svg, 'f3')).toBe(
      '<svg><clipPath id="f3-clip1"><rect/></clipPath><g clip-path="url(#f3-clip1)"/><use href="#f3-clip1"/></svg>',
    );
  });
});
