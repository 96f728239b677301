import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descentAt, hittingTime } from '../../../../src/numeric/degenerate/index.js';
import { expectClose } from '../../../helpers/expect-close.js';
import { fcParams } from '../../../helpers/fast-check.js';

/** Eq. (39): the gradient flow's closed form. */
const flow = (k: number, eta: number, x0: number, t: number) => (x0 ** -(k - 2) + (k - 2) * eta * t) ** (-1 / (k - 2));

describe('discrete GD and EMA momentum on x^k/k', () => {
  it("should reproduce spec 004 §5's discrete ratios x_t/((k−2)ηt)^{−1/(k−2)} at t = 1e5", () => {
    const [x4] = descentAt(4, 0.1, 1, [100_000]);
    const [x6] = descentAt(6, 0.1, 1, [100_000]);
    expectClose(x4 / (0.2 * 1e5) ** -0.5, 0.999938, { atol: 5e-7 });
    expectClose(x6 / (0.4 * 1e5) ** -0.25, 0.999977, { atol: 5e-7 });
  });

  it('should stay below the flow (39) and above it shifted by the Euler drift (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(4, 6, 8),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (k, eta, x0) => {
          const ts = [1, 10, 100, 1000];
          const x = descentAt(k, eta, x0, ts);
          // y = x^{−(k−2)} gains at least (k−2)η per step (1/(1−u)^{k−2} ≥ 1 + (k−2)u), so x_t ≤ flow(t)
          return ts.every((t, i) => x[i] <= flow(k, eta, x0, t) * (1 + 1e-12) && x[i] > 0);
        },
      ),
      fcParams(),
    );
  });

  it('should make the momentum form with β = 0 plain GD, and carry the larger early gradient for β > 0', () => {
    const ts = [5, 50, 500];
    expect(Array.from(descentAt(4, 0.1, 1, ts, 0))).toEqual(Array.from(descentAt(4, 0.1, 1, ts)));
    const slow = descentAt(4, 0.1, 1, [1], 0.5)[0];
    expectClose(slow, 1 - 0.1, { rtol: 1e-15 }); // m_0 = g_0 either way: the first step is the same
    // m_1 = (g_0 + g_1)/2 > g_1: the second momentum step is longer than GD's
    expect(descentAt(4, 0.1, 1, [2], 0.5)[0]).toBeLessThan(descentAt(4, 0.1, 1, [2])[0]);
  });

  it('should return the first step at or below ε (T_ε of Remark 5.2), 0 at the start and −1 when not reached', () => {
    const T = hittingTime(6, 0.1, 1, 0.1, 1e6);
    const [before, at] = descentAt(6, 0.1, 1, [T - 1, T]);
    expect(before).toBeGreaterThan(0.1);
    expect(at).toBeLessThanOrEqual(0.1);
    expect(hittingTime(4, 0.1, 0.05, 0.1, 10)).toBe(0);
    expect(hittingTime(4, 0.1, 1, 0.1, 10)).toBe(-1);
  });

  it('should refuse odd k, non-positive η or x0, β outside [0, 1) and decreasing sample times', () => {
    expect(() => descentAt(5, 0.1, 1, [1])).toThrow(RangeError);
    expect(() => descentAt(4, 0, 1, [1])).toThrow(RangeError);
    expect(() => hittingTime(4, 0.1, -1, 0.1, 10)).toThrow(RangeError);
    expect(() => descentAt(4, 0.1, 1, [1], 1)).toThrow(RangeError);
    expect(() => descentAt(4, 0.1, 1, [5, 2])).toThrow(RangeError);
  });
});
