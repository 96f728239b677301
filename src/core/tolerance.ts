/** Tolerances as data, and `judge`: the only code that turns numbers into pass/fail. */

export type Tolerance =
  | { readonly kind: 'abs'; readonly atol: number }
  | { readonly kind: 'rel'; readonly rtol: number; readonly atol?: number }
  | { readonly kind: 'order'; readonly delta: number }
  | { readonly kind: 'interval'; readonly lo: number; readonly hi: number }
  | { readonly kind: 'upper' | 'lower'; readonly slack: number };

export interface Verdict {
  readonly status: 'pass' | 'fail';
  /** Deviation ÷ allowed deviation (scipy's tolerance-scaled error); ≤ 1 passes. */
  readonly margin: number;
  readonly reason?: 'non-finite';
}

/** Allowed |measured − expected| for symmetric tolerances. */
function allowed(expected: number, tol: Tolerance): number {
  switch (tol.kind) {
    case 'abs':
      return tol.atol;
    case 'rel':
      return (tol.atol ?? 0) + tol.rtol * Math.abs(expected);
    case 'order':
      return tol.delta;
    default:
      return NaN;
  }
}

function marginOf(measured: number, expected: number, tol: Tolerance): number {
  switch (tol.kind) {
    case 'abs':
    case 'rel':
    case 'order': {
      const dev = Math.abs(measured - expected);
      const a = allowed(expected, tol);
      return a > 0 ? dev / a : dev === 0 ? 0 : Infinity;
    }
    case 'interval': {
      const half = (tol.hi - tol.lo) / 2;
      const mid = (tol.hi + tol.lo) / 2;
      return half > 0 ? Math.abs(measured - mid) / half : measured === mid ? 0 : Infinity;
    }
    case 'upper': {
      // m ≤ e(1 + slack): margin = m / limit (for positive limits)
      const limit = expected + tol.slack * Math.abs(expected);
      if (limit === 0) return measured <= 0 ? 0 : Infinity;
      return measured <= limit ? Math.max(0, measured) / Math.abs(limit) : 1 + (measured - limit) / Math.abs(limit);
    }
    case 'lower': {
      const limit = expected - tol.slack * Math.abs(expected);
      if (measured >= limit) return limit <= 0 ? 0 : limit / measured;
      return 1 + (limit - measured) / Math.max(Math.abs(limit), Number.MIN_VALUE);
    }
  }
}

/** Compare one measurement with its expectation. NaN or ±∞ never passes. */
export function judge(measured: number, expected: number, tol: Tolerance): Verdict {
  if (!Number.isFinite(measured)) return { status: 'fail', margin: Infinity, reason: 'non-finite' };
  const margin = marginOf(measured, expected, tol);
  let ok: boolean;
  switch (tol.kind) {
    case 'interval':
      ok = measured >= tol.lo && measured <= tol.hi;
      break;
    case 'upper':
      ok = measured <= expected + tol.slack * Math.abs(expected);
      break;
    case 'lower':
      ok = measured >= expected - tol.slack * Math.abs(expected);
      break;
    default:
      // pass ⇔ margin ≤ 1 by construction, so the two never disagree by rounding
      ok = margin <= 1;
  }
  return { status: ok ? 'pass' : 'fail', margin };
}

/** Human-readable tolerance, e.g. "±0.15 (order)", "rel 1e-6". */
export function describeTolerance(tol: Tolerance): string {
  switch (tol.kind) {
    case 'abs':
      return `±${tol.atol}`;
    case 'rel':
      return tol.atol ? `rel ${tol.rtol} + ${tol.atol}` : `rel ${tol.rtol}`;
    case 'order':
      return `order ±${tol.delta}`;
    case 'interval':
      return `[${tol.lo}, ${tol.hi}]`;
    case 'upper':
      return `≤ e·(1+${tol.slack})`;
    case 'lower':
      return `≥ e·(1−${tol.slack})`;
  }
}
