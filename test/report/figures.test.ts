import { describe, expect, it } from 'vitest';
import type { FigureInput } from '../../src/report/figures/index.js';
import { figuresFor } from '../../src/report/figures/index.js';
import { uniquifyIds } from '../../src/report/figures/render.js';
import { zooDetails } from './synthetic.js';
import { traceSteps } from '../../experiments/specs/trace.js';
import { gridMap } from '../../theorems/max-update-bound/figures.js';

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

/** The layers/encodings of a spec as JSON text, for asserting what it draws. */
const specOf = (check: string, detail: FigureInput['detail'], over: Partial<FigureInput> = {}) => {
  const f = figuresFor({ ...input(check, detail), ...over });
  expect(f).toHaveLength(1);
  return f[0].spec as Record<string, unknown> & { layer?: { data: { values: Record<string, unknown>[] } }[] };
};

describe('figure kinds: what they draw', () => {
  it('should draw the expected slope of an order check beside the fitted one, in the paper’s notation', () => {
    const eps = [0.1, 0.05, 0.025, 0.0125];
    const s = specOf('o', { eps, remainder: eps.map((e) => 3 * e ** 2.1) }, { measured: 2.1, expected: 2 });
    const lines = s.layer![0].data.values as { x: number; y: number; series: string }[];
    const bySeries = (name: string) => lines.filter((l) => l.series === name);
    const expected = bySeries('expected: slope 2');
    const fit = bySeries('fit: slope 2.1');
    expect(expected).toHaveLength(2);
    expect(fit).toHaveLength(2);
    // each line has the slope it is labelled with, on log–log axes
    const slope = (l: { x: number; y: number }[]) => Math.log(l[1].y / l[0].y) / Math.log(l[1].x / l[0].x);
    expect(slope(expected)).toBeCloseTo(2, 12);
    expect(slope(fit)).toBeCloseTo(2.1, 12);
    const text = JSON.stringify(s);
    expect(text).toContain('"title":"ε"');
    expect(text).not.toContain('"title":"eps"');
    // not an order tolerance: no expected line
    const rel = specOf('o', { eps, remainder: eps.map((e) => e * e) }, { toleranceKind: 'rel' });
    expect(JSON.stringify(rel)).not.toContain('expected: slope');
  });
  it('should label time series in the paper’s notation, not by field name', () => {
    const s = JSON.stringify(
      specOf('t', { loss_t: [0, 1, 2], loss_log10_b2_0895: [0, -1, -2], loss_log10_b2_091: [0, -2, -4] }),
    );
    expect(s).toContain('log₁₀ loss (β₂ = 0.895)');
    expect(s).toContain('log₁₀ loss (β₂ = 0.91)');
    expect(s).not.toContain('loss_log10_b2_0895');
  });
  it('should draw one measured and one dotted bound curve per point (fig. 3a), log y', () => {
    const n = [0, 10, 20, 30];
    const s = specOf('b', {
      n,
      measured: [
        [1, 1.2, 1.3, 1.3],
        [1, 2, 4, 8],
      ],
      bound: [
        [2, 2, 2, 2],
        [2, 3, 6, 12],
      ],
      curve_labels: 'β=0.999, γ=0.9 (B+)|β=0.953, γ=0.997 (B-)',
      y_label: '‖u_n‖∞',
    }) as {
      data: { values: { curve: string; series: string }[] };
      encoding: { y: { scale: { type: string }; title: string } };
    };
    expect(s.data.values).toHaveLength(16);
    expect(new Set(s.data.values.map((v) => `${v.curve}/${v.series}`)).size).toBe(4);
    expect(s.encoding.y.scale.type).toBe('log');
    expect(s.encoding.y.title).toBe('‖u_n‖∞');
    // rows of the wrong length are no figure
    expect(kinds({ n, measured: [[1, 2]], bound: [[1, 2]] })).toEqual([]);
  });
  it('should overlay trained points on the region map (fig. 3c)', () => {
    const gx = [0.95, 0.97, 0.99];
    const gy = [0.9, 0.95];
    const s = specOf('r', {
      grid_x: gx,
      grid_y: gy,
      region: gy.map((g) => gx.map((b) => Math.sign(2 / g - 1 / b - 1))),
      points_x: [0.96, 0.98],
      points_y: [0.92, 0.93],
    });
    const pts = s.layer![1].data.values as { x: number; y: number; what: string }[];
    expect(pts).toEqual([
      { x: 0.96, y: 0.92, what: 'trained' },
      { x: 0.98, y: 0.93, what: 'trained' },
    ]);
  });
  it('should draw a dashed reference per training curve (fig. 5)', () => {
    const s = specOf('w', {
      curves: [
        [1, 1.1, 1.2],
        [2, 2.1, 2.3],
      ],
      curves_reference: [
        [1, 1.1, 1.21],
        [2, 2.1, 2.29],
      ],
      step: [0, 50, 100],
      curve_labels: 'Wq0 (seed 0)|Wk0 (seed 0)',
      curve_y_label: '‖W‖²',
      measured_label: 'measured',
      reference_label: 'theorem 2',
    }) as { data: { values: { series: string }[] }; encoding: { strokeDash?: unknown } };
    expect(s.data.values.filter((v) => v.series === 'theorem 2')).toHaveLength(6);
    expect(s.data.values.filter((v) => v.series === 'measured')).toHaveLength(6);
    expect(s.encoding.strokeDash).toBeDefined();
    // a reference of another shape is not drawn
    const t = specOf('w', { curves: [[1, 2, 3]], curves_reference: [[1, 2]] }) as {
      encoding: { strokeDash?: unknown };
    };
    expect(t.encoding.strokeDash).toBeUndefined();
  });
});

describe('figure fields the theorem modules emit', () => {
  it('should keep at most k evenly spaced steps, first and last included', () => {
    expect(traceSteps(5, 60)).toEqual([0, 1, 2, 3, 4]);
    const s = traceSteps(1006, 60);
    expect(s).toHaveLength(60);
    expect([s[0], s[59]]).toEqual([0, 1005]);
    expect(s.every((x, i) => i === 0 || x > s[i - 1])).toBe(true);
    expect(traceSteps(0)).toEqual([]);
  });
  it('should give the grid scan’s map as a region map, thinned to at most 40 cells a side', () => {
    const G = 300;
    const axis = Array.from({ length: G }, (_, i) => (i + 1) / (G + 1));
    const region = axis.map((g) => axis.map((b) => Math.sign(2 / g - 1 / b - 1)));
    const fails = region.map((r) => r.map((c) => (c < 0 ? 1 : 0)));
    const d = gridMap(region, fails, axis);
    expect((d.grid_x as number[]).length).toBe(38); // every 8th of 300
    expect(kinds(d)).toEqual(['region-map']);
    // a cell keeps its own code: row j is γ = grid_y[j], column i is β = grid_x[i]
    const [gx, gy, r] = [d.grid_x as number[], d.grid_y as number[], d.region as number[][]];
    expect(r[10][30]).toBe(Math.sign(2 / gy[10] - 1 / gx[30] - 1));
    expect(r.flat()).toContain(-1);
    expect(r.flat()).toContain(1);
  });
});
