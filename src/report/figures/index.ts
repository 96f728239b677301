/**
 * The figure registry: a figure is chosen by the *shape* of a check's `detail`, never by its name, so a
 * new theorem module gets figures by emitting conventional fields. Every kind whose predicate matches
 * contributes one figure. Conventions (all optional; see each kind's `convention`):
 *
 * - order-fit        x `eps` | `dt` | `h` | `step_size` + y `remainder` | `gaps` | `error` (same length):
 *                    log–log points and the fitted slope (the measured one for an `order` tolerance).
 * - time-series      `t` (or `<p>_t`, preferring `<p>_…` series) + any number[] of the same length
 *                    (`R`, `expansion`, …; `loss_t` + `loss_log10_…`): curves against t.
 * - bound-vs-n       `n` + `bound` + `worst` | `worst_case` | `discrete`: bound vs discrete worst case.
 * - region-map       `grid_x`, `grid_y` (+ `grid_x_label`, `grid_y_label`), `region` (1 B+, −1 B−, 0 B0),
 *                    optional `bound_fails` (≠ 0 where the bound fails): the (β, γ) map.
 * - heat-map         `grid_x`, `grid_y` (or two `<name>_axis` arrays, the first indexing rows) + other
 *                    number[][] with rows along y (`theory`, `simulation`, `phase_theory`, …):
 *                    one panel each on a shared colour scale (the phase diagram).
 * - training-curves  `curves` number[][] (a row per run) + `curve_labels` ("a|b|…") + optional `step`.
 * - omega-table      `omega` number[][] + `omega_rows`, `omega_cols`: a table with the diagonal outlined.
 *
 * Matrices are row-major with rows along the y axis. Non-finite entries are dropped from plots.
 */
import { boundVsN } from './bound-vs-n.js';
import { heatMap } from './heat-map.js';
import { omegaTable } from './omega-table.js';
import { orderFit } from './order-fit.js';
import { regionMap } from './region-map.js';
import { timeSeries } from './time-series.js';
import { trainingCurves } from './training-curves.js';
import type { FigureInput, FigureKind, VlSpec } from './types.js';

export type { FigureInput, FigureKind, VlSpec } from './types.js';

/** Every figure kind, in display order. Adding a kind = one file + one line here. */
export const figureKinds: readonly FigureKind[] = [
  orderFit,
  timeSeries,
  boundVsN,
  regionMap,
  heatMap,
  trainingCurves,
  omegaTable,
];

/** The specs of every figure kind that matches this check (a throwing builder is skipped, not fatal). */
export function figuresFor(
  input: FigureInput,
  kinds: readonly FigureKind[] = figureKinds,
): { kind: string; spec: VlSpec }[] {
  const out: { kind: string; spec: VlSpec }[] = [];
  for (const k of kinds) {
    try {
      if (k.matches(input)) out.push({ kind: k.id, spec: k.spec(input) });
    } catch {
      /* a malformed detail yields no figure rather than no report */
    }
  }
  return out;
}
