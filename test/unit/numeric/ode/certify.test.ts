import { describe, expect, it } from 'vitest';
import { UncertifiedError } from '../../../../src/core/errors.js';
import {
  MIN_AGREED_DIGITS,
  agreedDigits,
  certify,
  certifyAcrossTolerances,
} from '../../../../src/numeric/ode/index.js';

/** A measurement that returns `loose` at the first (looser) tolerance and `tight` at the second. */
const twoRuns = (loose: number, tight: number) => {
  let calls = 0;
  return () => ({ value: calls++ === 0 ? loose : tight, nfev: 7 });
};

describe('certifyAcrossTolerances', () => {
  it('should count the significant digits two values agree on', () => {
    expect(agreedDigits(1.2345, 1.2346)).toBe(4);
    expect(agreedDigits(2.0312, 2.0314)).toBe(4);
    expect(agreedDigits(1.6, 2.3)).toBe(0);
    expect(agreedDigits(3, 3)).toBe(15);
    expect(MIN_AGREED_DIGITS).toBe(3);
  });

  it('should report a measured order 1.82 as 1.82, not rounded to 2', () => {
    const c = certifyAcrossTolerances(twoRuns(1.8201, 1.82), 1e-8);
    expect(c.agreedDigits).toBe(4);
    expect(c.value).toBe(1.82);
    expect(c.loose).toBe(1.8201);
    expect(c.nfev).toBe(14);
  });

  it('should keep the unrounded tight value and ~4 agreed digits for (2.0312, 2.0314)', () => {
    const c = certifyAcrossTolerances(twoRuns(2.0312, 2.0314), 1e-8);
    expect(c.agreedDigits).toBe(4);
    expect(c.value).toBe(2.0314);
    expect(c.tight).toBe(2.0314);
  });

  it('should pass the tight value of a smooth tolerance dependence through unrounded', () => {
    const c = certifyAcrossTolerances((rtol) => ({ value: 2 + rtol, nfev: 1 }), 1e-6);
    expect(c.agreedDigits).toBe(6);
    expect(c.value).toBe(2 + 1e-8);
  });

  it('should throw UncertifiedError (code E_UNCERTIFIED) when loose 1.6 and tight 2.3 agree on no digit', () => {
    expect(() => certifyAcrossTolerances(twoRuns(1.6, 2.3), 1e-8)).toThrow(UncertifiedError);
    try {
      certify({ value: 1.6, nfev: 1 }, { value: 2.3, nfev: 1 });
    } catch (e) {
      expect((e as UncertifiedError).code).toBe('E_UNCERTIFIED');
      expect((e as UncertifiedError).agreedDigits).toBe(0);
      expect((e as Error).message).toContain('agree on 0 significant digits (need ≥ 3): loose 1.6, tight 2.3');
    }
  });

  it('should throw at 2 agreed digits and certify at 3 (the threshold)', () => {
    expect(() => certify({ value: 1.8, nfev: 1 }, { value: 1.82, nfev: 1 })).toThrow(UncertifiedError); // 1 digit
    expect(() => certify({ value: 1.823, nfev: 1 }, { value: 1.82, nfev: 1 })).toThrow(UncertifiedError); // 2 digits
    expect(certify({ value: 1.8203, nfev: 1 }, { value: 1.82, nfev: 1 }).agreedDigits).toBe(3);
  });

  it('should treat one finite and one non-finite run as uncertified, and NaN in both as the measurement itself', () => {
    expect(() => certify({ value: 2, nfev: 1 }, { value: Number.NaN, nfev: 1 })).toThrow(UncertifiedError);
    expect(() => certify({ value: Number.POSITIVE_INFINITY, nfev: 1 }, { value: 2, nfev: 1 })).toThrow(
      UncertifiedError,
    );
    expect(Number.isNaN(certify({ value: Number.NaN, nfev: 1 }, { value: Number.NaN, nfev: 1 }).value)).toBe(true);
  });
});
