/** The figure registry's vocabulary: what a figure kind sees of a check, and what it returns. */
import type { DetailValue } from '../../core/theorem.js';

/** A vega-lite spec as plain data (typed loosely on purpose: specs are built as JSON). */
export type VlSpec = Record<string, unknown>;

/** What a figure kind may look at: one judged check's numbers and its `detail`. */
export interface FigureInput {
  readonly theorem: string;
  readonly check: string;
  readonly measured: number | null;
  readonly expected: number | null;
  readonly toleranceKind: string | null;
  readonly detail: Readonly<Record<string, DetailValue>>;
}

/** One kind of figure: chosen by the shape of `detail` (predicate), built as a vega-lite spec. */
export interface FigureKind {
  readonly id: string;
  /** The detail fields this kind reads (documentation, shown in the README). */
  readonly convention: string;
  matches(input: FigureInput): boolean;
  spec(input: FigureInput): VlSpec;
}

/** A finite 1-D number series under `key`, or undefined. */
export function series(d: FigureInput['detail'], key: string): number[] | undefined {
  const v = d[key];
  if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'number')) return undefined;
  return v as number[];
}

/** A rectangular number matrix (rows × cols) under `key`, or undefined. */
export function matrix(d: FigureInput['detail'], key: string): number[][] | undefined {
  const v = d[key];
  if (!Array.isArray(v) || v.length === 0 || !v.every((r) => Array.isArray(r))) return undefined;
  const rows = v as number[][];
  const cols = rows[0].length;
  if (cols === 0 || !rows.every((r) => r.length === cols && r.every((x) => typeof x === 'number'))) return undefined;
  return rows;
}

/** A string field (labels, axis titles), or the fallback. */
export function text(d: FigureInput['detail'], key: string, fallback: string): string {
  const v = d[key];
  return typeof v === 'string' && v.length > 0 ? v : fallback;
}

/** Cell edges for a heat map axis: midpoints between neighbours, half a step beyond the ends. */
export function cellEdges(axis: readonly number[]): { lo: number[]; hi: number[] } {
  const n = axis.length;
  if (n === 1) return { lo: [axis[0] - 0.5], hi: [axis[0] + 0.5] };
  const mid = axis.slice(1).map((x, i) => (x + axis[i]) / 2);
  const lo = [axis[0] - (mid[0] - axis[0]), ...mid];
  const hi = [...mid, axis[n - 1] + (axis[n - 1] - mid[n - 2])];
  return { lo, hi };
}

/** Common top-level settings: fixed size, no actions, a white background. */
export function frame(title: string, body: VlSpec, size = { width: 380, height: 240 }): VlSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // "check: what it shows" → check name as title, the rest as subtitle, both clipped to the plot width
    title: {
      text: title.split(': ')[0],
      subtitle: title.split(': ').slice(1).join(': ') || undefined,
      fontSize: 12,
      subtitleFontSize: 11,
      limit: 420,
      subtitleLimit: 420,
    },
    background: 'white',
    config: { font: 'sans-serif', axis: { labelFontSize: 10, titleFontSize: 11 } },
    ...('hconcat' in body || 'vconcat' in body ? {} : size),
    ...body,
  };
}

/** Round for labels. */
export const fmt = (x: number): string => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : String(x));

const greekNames: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  eps: 'ε',
  epsilon: 'ε',
  eta: 'η',
  lambda: 'λ',
  mu: 'μ',
  rho: 'ρ',
  tau: 'τ',
  omega: 'ω',
  phi: 'φ',
};
const subscript = (d: string): string => d.replace(/\d/g, (x) => '₀₁₂₃₄₅₆₇₈₉'[Number(x)]);

/**
 * A detail key in the paper's notation: `eps` → ε, `dt` → Δt, `beta2` / `b2` → β₂, `log10` → log₁₀, and a
 * trailing `_b2_0895` → (β₂ = 0.895); other words stay words, underscores become spaces.
 */
export function prettyLabel(key: string): string {
  let k = key;
  let suffix = '';
  const param = /_(b|beta)(\d)_(\d+)$/.exec(k);
  if (param) {
    suffix = ` (β${subscript(param[2])} = ${param[3][0]}.${param[3].slice(1)})`;
    k = k.slice(0, param.index);
  }
  const words = k.split('_').map((w) => {
    if (w === 'dt') return 'Δt';
    if (w === 'log10') return 'log₁₀';
    const m = /^([a-z]+)(\d*)$/.exec(w);
    if (m && greekNames[m[1]]) return greekNames[m[1]] + subscript(m[2]);
    if (m && m[1] === 'b' && m[2]) return `β${subscript(m[2])}`;
    return w;
  });
  // log₁₀ reads before what it takes the log of: loss_log10 → log₁₀ loss
  const i = words.indexOf('log₁₀');
  if (i > 0) words.unshift(...words.splice(i, 1));
  return words.join(' ') + suffix;
}

/** A label the check names (`<key>`), else the fallback in the paper's notation. */
export const labelOf = (d: FigureInput['detail'], key: string, fallback: string): string =>
  text(d, key, prettyLabel(fallback));
