import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  argMin,
  firstAbove,
  firstAtOrBelow,
  localMaxima,
  traceNormalised,
} from '../../../../src/numeric/degenerate/index.js';
import { fcParams } from '../../../helpers/fast-check.js';

/** Raw float64 Adam (PyTorch order, zero init, ε = 0) on x^k/k: ln|x_t| and ln(η/√v_t · x_t^{k−2}) for t = 0…n−1. */
function raw(k: number, b1: number, b2: number, eta: number, x0: number, n: number): { lnX: number[]; lnMu: number[] } {
  let [x, m, v] = [x0, 0, 0];
  const lnX: number[] = [];
  const lnMu: number[] = [];
  for (let t = 0; t < n; t++) {
    const g = x ** (k - 1);
    m = b1 * m + (1 - b1) * g;
    v = b2 * v + (1 - b2) * g * g;
    lnX.push(Math.log(Math.abs(x)));
    lnMu.push(Math.log((eta * Math.abs(x) ** (k - 2)) / Math.sqrt(v)));
    x -= (eta * m) / Math.sqrt(v);
  }
  return { lnX, lnMu };
}

describe('traceNormalised', () => {
  // Adam on x² oscillates through 0: near a crossing |x| is a cancellation and its relative rounding is amplified
  // (spec 004 §9.1: the normalised map is singular at q ≈ 0), measured 3.3e-12 there against ≤ 6e-14 elsewhere
  it('should follow the raw recurrences on the quadratic k = 2 and on k = 4 over 300 steps', () => {
    for (const [k, b1, b2, eta, tol] of [
      [2, 0, 0.99, 0.01, 1e-13],
      [2, 0.9, 0.999, 0.01, 1e-11],
      [4, 0.9, 0.93, 1e-3, 1e-13],
    ]) {
      const r = raw(k, b1, b2, eta, 1, 300);
      const tr = traceNormalised({ k, beta1: b1, beta2: b2 }, eta, 1, 300);
      let worst = 0;
      for (let t = 0; t < 300; t++)
        worst = Math.max(worst, Math.abs(tr.lnX[t] - r.lnX[t]), Math.abs(tr.lnMu[t] - r.lnMu[t]));
      expect(worst).toBeLessThan(tol);
      expect(tr.clamped).toBe(0);
    }
  });

  it('should never let the k = 2 effective step grow faster than β2^{−1/2} per step (eq. 80 bound, property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (b1, b2) => {
          const tr = traceNormalised({ k: 2, beta1: b1, beta2: b2 }, 0.01, 1, 400);
          for (let t = 0; t < 400; t++) if (tr.lnMu[t + 1] - tr.lnMu[t] > -0.5 * Math.log(b2) + 1e-12) return false;
          return true;
        },
      ),
      fcParams(50),
    );
  });

  it('should refuse odd k and a non-positive step count', () => {
    expect(() => traceNormalised({ k: 3, beta1: 0, beta2: 0.9 }, 1e-3, 1, 10)).toThrow(RangeError);
    expect(() => traceNormalised({ k: 4, beta1: 0, beta2: 0.9 }, 1e-3, 1, 0)).toThrow(RangeError);
  });
});

describe('trace helpers', () => {
  const a = Float64Array.from([3, 1, 2, 0, 5, 4, -1, 2]);
  it('should find first passages, the minimum and the local maxima', () => {
    expect(firstAbove(a, 2.5)).toBe(0);
    expect(firstAbove(a, 2.5, 1)).toBe(4);
    expect(firstAbove(a, 10)).toBe(-1);
    expect(firstAtOrBelow(a, 0)).toBe(3);
    expect(firstAtOrBelow(a, -5)).toBe(-1);
    expect(argMin(a)).toBe(6);
    expect(localMaxima(a, 0, a.length)).toEqual({ t: [2, 4], y: [2, 5] });
    expect(localMaxima(a, 3, 4)).toEqual({ t: [], y: [] });
  });
});
