/**
 * Work–precision turned into certification: a quantity measured from an ODE solution is recomputed
 * at a tighter tolerance; the tight value is reported as computed (never rounded: a rounded 1.82 → 2
 * would pass an "order 2 ± 0.15" check), together with the significant digits on which both runs
 * agree. Fewer than `MIN_AGREED_DIGITS` agreeing digits means the solver tolerance, not the
 * mathematics, decides the number: certification throws `UncertifiedError` and the check ends `error`.
 */
import { UncertifiedError } from '../../core/errors.js';

export interface ToleranceRun {
  readonly value: number;
  readonly nfev: number;
}

export interface Certified {
  /** The tight-tolerance value, unrounded. */
  readonly value: number;
  readonly loose: number;
  readonly tight: number;
  /** Significant digits on which the loose and tight runs agree (0–15). */
  readonly agreedDigits: number;
  readonly nfev: number;
}

/** Agreed significant digits below which a measurement is not certified. */
export const MIN_AGREED_DIGITS = 3;

export function agreedDigits(a: number, b: number): number {
  if (a === b) return 15;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (!Number.isFinite(scale) || scale === 0) return 0;
  const rel = Math.abs(a - b) / scale;
  return Math.max(0, Math.min(15, Math.floor(-Math.log10(rel))));
}

/** Round `x` to `digits` significant digits (at least 1). For display only: certification never rounds. */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(Math.max(1, Math.min(15, digits))));
}

/**
 * Certify from two runs already made: the tight value, unrounded, with the agreed digits; throws
 * `UncertifiedError` when fewer than `minDigits` agree. Both runs NaN (a measurement undefined for a
 * mathematical reason, at either tolerance) is passed through for the judge, not called uncertified.
 */
export function certify(loose: ToleranceRun, tight: ToleranceRun, minDigits = MIN_AGREED_DIGITS): Certified {
  const bothNaN = Number.isNaN(loose.value) && Number.isNaN(tight.value);
  const digits = bothNaN ? 15 : agreedDigits(loose.value, tight.value);
  if (digits < minDigits) throw new UncertifiedError(loose.value, tight.value, digits, minDigits);
  return {
    value: tight.value,
    loose: loose.value,
    tight: tight.value,
    agreedDigits: digits,
    nfev: loose.nfev + tight.nfev,
  };
}

/** Measure at `rtol` and at `rtol · tighten`; return the tight value (unrounded) and the agreed digits. */
export function certifyAcrossTolerances(
  measure: (rtol: number) => ToleranceRun,
  rtol: number,
  tighten = 1e-2,
  minDigits = MIN_AGREED_DIGITS,
): Certified {
  const loose = measure(rtol);
  const tight = measure(rtol * tighten);
  return certify(loose, tight, minDigits);
}
