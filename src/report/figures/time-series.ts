/** Curves against time, e.g. R(t) against its expansion (detail: `t` or `<p>_t` + same-length series). */
import type { FigureInput, FigureKind } from './types.js';
import { frame, prettyLabel, series, text } from './types.js';

type Detail = FigureInput['detail'];
const isTime = (k: string): boolean => k === 't' || k.endsWith('_t');

/** The first time key with at least one curve, and its curves (`<p>_t` prefers `<p>_…` series). */
function pick(d: Detail): { t: string; curves: string[] } | undefined {
  for (const tk of Object.keys(d).filter(isTime)) {
    const t = series(d, tk);
    if (!t || t.length < 2) continue;
    const same = Object.keys(d).filter((k) => !isTime(k) && series(d, k)?.length === t.length);
    const prefix = tk === 't' ? '' : tk.slice(0, -1);
    const own = prefix ? same.filter((k) => k.startsWith(prefix)) : [];
    const curves = own.length > 0 ? own : same;
    if (curves.length > 0) return { t: tk, curves };
  }
  return undefined;
}

/** Log scale when every value is positive and the values span more than two decades. */
const logIfWide = (xs: readonly number[]): 'log' | 'linear' => {
  const f = xs.filter(Number.isFinite);
  return f.length > 0 && f.every((x) => x > 0) && Math.max(...f) / Math.min(...f) > 100 ? 'log' : 'linear';
};

export const timeSeries: FigureKind = {
  id: 'time-series',
  convention:
    "`t` (or `<p>_t`, then preferring `<p>_…` series) plus one or more number[] of the same length (e.g. `R`, `expansion`; `loss_t` + `loss_log10_b2_091`): one line per series against t (legend in the paper's notation: `loss_log10_b2_091` → log₁₀ loss (β₂ = 0.91); optional `x_label`, `y_label`); log axes when positive and wider than two decades",
  matches: (input) => pick(input.detail) !== undefined,
  spec(input) {
    const p = pick(input.detail)!;
    const t = series(input.detail, p.t)!;
    const values = p.curves
      .flatMap((k) => series(input.detail, k)!.map((y, i) => ({ t: t[i], y, series: prettyLabel(k) })))
      .filter((v) => Number.isFinite(v.y) && Number.isFinite(v.t));
    return frame(
      `${input.check}: ${p.curves.length > 3 ? `${p.curves.length} series` : p.curves.map(prettyLabel).join(' vs ')} over t`,
      {
        data: { values },
        mark: { type: 'line', strokeWidth: 1.5, point: t.length <= 12 },
        encoding: {
          x: {
            field: 't',
            type: 'quantitative',
            title: text(input.detail, 'x_label', 't'),
            scale: { type: logIfWide(values.map((v) => v.t)) },
          },
          y: {
            field: 'y',
            type: 'quantitative',
            title: text(input.detail, 'y_label', '') || null,
            scale: { type: logIfWide(values.map((v) => v.y)) },
          },
          color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 300 } },
          strokeDash: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 300 } },
        },
      },
    );
  },
};
