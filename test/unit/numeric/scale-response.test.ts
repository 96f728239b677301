/** The referee's scale-response kernel (src/numeric/gsi/scale-response.ts) against direct formulas and invariances. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleResponse, scaleResponseOverHistory } from '../../../src/numeric/gsi/scale-response.js';
import { expectClose } from '../../helpers/expect-close.js';
import { fcParams } from '../../helpers/fast-check.js';

const beta = fc.double({ min: 0.01, max: 0.999, noNaN: true });
const entry = fc.double({ min: 0.05, max: 20, noNaN: true });
const signed = fc.tuple(entry, fc.boolean()).map(([x, s]) => (s ? x : -x));
const cs = [1e-3, 0.5, 1, 2, 1e3];

function measure(m: number[], v: number[], g: number[], b1: number, b2: number, c: readonly number[] = cs) {
  const gap = new Float64Array(c.length);
  const direction = new Float64Array(c.length);
  scaleResponse(Float64Array.from(m), Float64Array.from(v), Float64Array.from(g), b1, b2, c, gap, direction);
  return { gap, direction };
}

describe('scale response of the Adam update to g_t → c·g_t', () => {
  it('should match the update written out by hand on two coordinates', () => {
    const [m, v, g, b1, b2, c] = [[0.5, -1], [1, 4], [2, 1], 0.9, 0.99, 10];
    const u = (k: number, s: number) =>
      (b1 * m[k] + (1 - b1) * s * g[k]) / Math.sqrt(b2 * v[k] + (1 - b2) * s * s * g[k] ** 2);
    const [a0, a1, c0, c1] = [u(0, 1), u(1, 1), u(0, c), u(1, c)];
    const { gap, direction } = measure(m, v, g, b1, b2, [c]);
    expectClose(gap[0], Math.hypot(c0 - a0, c1 - a1) / Math.hypot(a0, a1), { rtol: 1e-14 });
    const [na, nc] = [Math.hypot(a0, a1), Math.hypot(c0, c1)];
    expectClose(direction[0], Math.hypot(c0 / nc - a0 / na, c1 / nc - a1 / na), { rtol: 1e-12 });
  });

  it('should be zero at c = 1 and never turn the direction from the tracking state m = g, v = g² (any betas)', () => {
    fc.assert(
      fc.property(fc.array(signed, { minLength: 1, maxLength: 6 }), beta, beta, (g, b1, b2) => {
        const { gap, direction } = measure(
          g,
          g.map((x) => x * x),
          g,
          b1,
          b2,
        );
        expect(gap[2]).toBe(0);
        for (const d of direction) expect(d).toBeLessThan(1e-7);
      }),
      fcParams(),
    );
  });

  it('should be invariant to rescaling the whole history (m, g → s·m, s·g; v → s²v), as Adam with ε = 0 is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(signed, entry, signed), { minLength: 1, maxLength: 6 }),
        beta,
        beta,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (rows, b1, b2, s) => {
          const [m, v, g] = [rows.map((r) => r[0]), rows.map((r) => r[1] * r[1] + r[0] * r[0]), rows.map((r) => r[2])];
          const a = measure(m, v, g, b1, b2);
          const b = measure(
            m.map((x) => s * x),
            v.map((x) => s * s * x),
            g.map((x) => s * x),
            b1,
            b2,
          );
          for (let j = 0; j < cs.length; j++) expectClose(b.gap[j], a.gap[j], { rtol: 1e-9, atol: 1e-12 });
        },
      ),
      fcParams(),
    );
  });

  it('should replay the moments of a history and average over the evaluation steps only', () => {
    // a constant gradient: the state tracks it (m ∝ g, v ∝ g² with one bias factor), so the direction never
    // turns and gap(c) has a closed form at each evaluation step k = 10, 15, …, 45
    const steps = 50;
    const stats = scaleResponseOverHistory(
      { n: 3, steps, gradient: (_k, out) => out.set([1, -2, 0.5]) },
      0.9,
      0.9,
      [2],
      10,
      5,
    );
    expect(stats.evaluations).toBe(8);
    // before step k: m = b·g, v = b·g² with b = 1 − 0.9^k, so u(c) ∝ (0.9b + 0.1c)/√(0.9b + 0.1c²)
    const gapAt = (k: number) => {
      const b = 1 - 0.9 ** k;
      const r = (c: number) => (0.9 * b + 0.1 * c) / Math.sqrt(0.9 * b + 0.1 * c * c);
      return Math.abs(r(2) / r(1) - 1);
    };
    const gaps = [10, 15, 20, 25, 30, 35, 40, 45].map(gapAt);
    const mean = gaps.reduce((a, b) => a + b) / gaps.length;
    expectClose(stats.gapMean[0], mean, { rtol: 1e-12 });
    expectClose(stats.gapVariance[0], gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length, { rtol: 1e-6 });
    expect(stats.directionMean[0]).toBeLessThan(1e-7);
  });
});
