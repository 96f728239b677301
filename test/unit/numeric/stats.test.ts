import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  binomialUpperTail,
  ema,
  fitLogLogOrder,
  oscillation,
  poissonBinomialUpperTail,
} from '../../../src/numeric/stats/index.js';
import { expectClose } from '../../helpers/expect-close.js';
import { fcParams } from '../../helpers/fast-check.js';

describe('binomialUpperTail', () => {
  it('should give 3^-9 for nine diagonal rows out of nine (gsi table 1)', () => {
    expectClose(binomialUpperTail(9, 9, 1 / 3), 3 ** -9, { rtol: 1e-12 });
    expectClose(binomialUpperTail(9, 9, 1 / 3), 5.08e-5, { rtol: 1e-3 });
  });
  it('should match hand sums', () => {
    // P(K ≥ 2 | 3, 1/2) = (3 + 1)/8
    expectClose(binomialUpperTail(2, 3, 0.5), 0.5);
    // P(K ≥ 7 | 9, 1/3) = Σ_{j=7}^{9} C(9,j)(1/3)^j(2/3)^{9−j} = (36·4 + 9·2 + 1)/3^9
    expectClose(binomialUpperTail(7, 9, 1 / 3), (36 * 4 + 9 * 2 + 1) / 3 ** 9);
    expect(binomialUpperTail(0, 5, 0.3)).toBe(1);
  });
  it('should decrease in k (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (n, p) => {
        for (let k = 1; k <= n; k++)
          expect(binomialUpperTail(k, n, p)).toBeLessThanOrEqual(binomialUpperTail(k - 1, n, p) + 1e-15);
      }),
      fcParams(),
    );
  });
});

describe('fitLogLogOrder', () => {
  it('should recover a known slope with zero spread on an exact power law', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (p, c) => {
          const x = [0.04, 0.02, 0.01, 0.005];
          const fit = fitLogLogOrder(
            x,
            x.map((e) => c * e ** p),
          );
          expectClose(fit.slope, p, { rtol: 1e-9, atol: 1e-9 });
          expect(fit.spread).toBeLessThan(1e-9);
        },
      ),
      fcParams(),
    );
  });
  it('should show a spread when the data leave the asymptotic range', () => {
    const x = [1, 0.5, 0.25, 0.125];
    const fit = fitLogLogOrder(
      x,
      x.map((e) => e + e * e * 10),
    );
    expect(fit.spread).toBeGreaterThan(0.1);
  });
});

describe('ema and oscillation', () => {
  it('should follow x_k = (1 − 1/w)x_{k−1} + a_k/w', () => {
    const x = ema([1, 3, 3], 2);
    expectClose(x[1], 2);
    expectClose(x[2], 2.5);
  });
  it('should give ω1 = mean|Δx| and ω2 = mean|Δ²x| (window 1 = raw series)', () => {
    const o = oscillation([0, 1, 0, 1], 1);
    expectClose(o.omega1, 1);
    expectClose(o.omega2, 2);
  });
});

describe('table-1 statistics: the transient and the upper-triangle null', () => {
  it('should average ω only over steps ≥ from, with the EMA run over the whole series', () => {
    // a start-up drift 0..99 then a flat series: ω1 over everything is the drift, after step 150 nearly 0
    const series = Array.from({ length: 400 }, (_, k) => Math.min(k, 100));
    expect(oscillation(series, 1).omega1).toBeCloseTo(100 / 399, 12); // 100 unit steps over 399 differences
    expect(oscillation(series, 1, 150).omega1).toBe(0);
    expect(oscillation(series, 10, 150).omega1).toBeGreaterThan(0); // the EMA still relaxes after the drift
    expect(oscillation(series, 10, 150).omega1).toBeLessThan(oscillation(series, 10).omega1 / 10);
  });

  it('should give the exact Poisson-binomial tail, equal to the binomial one for equal p', () => {
    expect(poissonBinomialUpperTail(3, [1 / 3, 1 / 3, 1 / 3, 1 / 2, 1 / 2, 1 / 2])).toBeCloseTo(0.49074074074074, 12);
    expect(poissonBinomialUpperTail(6, Array(9).fill(1 / 3))).toBeCloseTo(binomialUpperTail(6, 9, 1 / 3), 14);
    expect(poissonBinomialUpperTail(0, [0.2, 0.7])).toBe(1);
    expect(poissonBinomialUpperTail(3, [0.2, 0.7])).toBe(0);
    expect(() => poissonBinomialUpperTail(1, [1.5])).toThrow(RangeError);
  });
});
