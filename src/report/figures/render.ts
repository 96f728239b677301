/** vega-lite spec → standalone SVG string via vega's headless View (no browser, no canvas). Loaded lazily. */
import type { VlSpec } from './types.js';

/**
 * Render one spec to SVG. `idPrefix` makes the SVG's internal ids (clip paths, gradients) unique so
 * several figures can be inlined in one HTML document.
 */
export async function renderSvg(spec: VlSpec, idPrefix: string): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return uniquifyIds(svg, idPrefix);
  } finally {
    view.finalize();
  }
}

/** Prefix every `id="…"` and its `url(#…)` / `href="#…"` references. */
export function uniquifyIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  if (ids.size === 0) return svg;
  return svg
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${prefix}-${id})` : m))
    .replace(/href="#([^"]+)"/g, (m, id: string) => (ids.has(id) ? `href="#${prefix}-${id}"` : m));
}
