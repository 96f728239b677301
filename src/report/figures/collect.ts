/** Render the figures of every fresh judged check of a cached report (stale results get none). */
import type { CachedReport } from '../from-store.js';
import { figuresFor } from './index.js';
import { renderSvg } from './render.js';

/** One rendered figure of one check. */
export interface RenderedFigure {
  readonly kind: string;
  readonly svg: string;
}

/** Key of a check in the figure map. */
export const figureKey = (theorem: string, check: string): string => `${theorem}/${check}`;

/** Figures by `figureKey`; a figure vega cannot render is dropped and reported through `onError`. */
export async function renderReportFigures(
  report: CachedReport,
  onError: (what: string, err: unknown) => void = () => undefined,
): Promise<Map<string, RenderedFigure[]>> {
  const out = new Map<string, RenderedFigure[]>();
  let n = 0;
  for (const t of report.theorems) {
    for (const c of t.checks) {
      const r = c.result;
      if (c.freshness !== 'fresh' || !r || (r.status !== 'pass' && r.status !== 'fail') || !r.detail) continue;
      const specs = figuresFor({
        theorem: t.id,
        check: c.name,
        measured: r.measured,
        expected: r.expected,
        toleranceKind: r.tolerance.kind,
        detail: r.detail,
      });
      const rendered: RenderedFigure[] = [];
      for (const s of specs) {
        try {
          rendered.push({ kind: s.kind, svg: await renderSvg(s.spec, `f${++n}`) });
        } catch (err) {
          onError(`${t.id}/${c.name} (${s.kind})`, err);
        }
      }
      if (rendered.length > 0) out.set(figureKey(t.id, c.name), rendered);
    }
  }
  return out;
}
