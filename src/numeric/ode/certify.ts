/**
 * Work–precision turned into certification: a quantity measured from an ODE solution is recomputed
 * at a tighter tolerance and reported only with the significant digits on which both runs agree.
 */

export interface ToleranceRun { readonly value: number; readonly nfev: number }

export interface Certified {
  readonly value: number;
  readonly loose: number;
  readonly tight: number;
  /** Significant digits on which the loose and tight runs agree (0–15). */
  readonly agreedDigits: number;
  readonly nfev: number;
}

export function agreedDigits(a: number, b: number): number {
  if (a === b) return 15;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (!Number.isFinite(scale) || scale === 0) return 0;
  const rel = Math.abs(a - b) / scale;
  return Math.max(0, Math.min(15, Math.floor(-Math.log10(rel))));
}

/** Round `x` to `digits` significant digits (at least 1). */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(Math.max(1, Math.min(15, digits))));
}

/** Measure at `rtol` and at `rtol · tighten`; return the tight value rounded to the agreed digits. */
export function certifyAcrossTolerances(measure: (rtol: number) => ToleranceRun, rtol: number, tighten = 1e-2): Certified {
  const loose = measure(rtol);
  const tight = measure(rtol * tighten);
  const digits = agreedDigits(loose.value, tight.value);
  return {
    value: roundSignificant(tight.value, digits),
    loose: loose.value,
    tight: tight.value,
    agreedDigits: digits,
    nfev: loose.nfev + tight.nfev,
  };
}
