import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { judge } from '../../../src/core/tolerance.js';
import type { Tolerance } from '../../../src/core/tolerance.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const positive = fc.double({ min: 1e-9, max: 10, noNaN: true });
const tolerance: fc.Arbitrary<Tolerance> = fc.oneof(
  positive.map((atol) => ({ kind: 'abs', atol }) as const),
  positive.map((rtol) => ({ kind: 'rel', rtol }) as const),
  positive.map((delta) => ({ kind: 'order', delta }) as const),
);

describe('judge', () => {
  it('should never pass NaN or ±∞', () => {
    for (const m of [NaN, Infinity, -Infinity]) {
      expect(judge(m, 0, { kind: 'abs', atol: 1e300 }).status).toBe('fail');
      expect(judge(m, 1, { kind: 'interval', lo: -Infinity, hi: Infinity }).status).toBe('fail');
      expect(judge(m, 1, { kind: 'upper', slack: 1e9 }).status).toBe('fail');
    }
  });
  it('should pass exactly when margin ≤ 1 (symmetric tolerances)', () => {
    fc.assert(
      fc.property(finite, finite, tolerance, (m, e, t) => {
        expect(judge(m, e, t).status === 'pass').toBe(judge(m, e, t).margin <= 1);
      }),
    );
  });
  it('should never turn a fail into a pass when the tolerance is tightened', () => {
    fc.assert(
      fc.property(finite, finite, positive, fc.double({ min: 0, max: 1, noNaN: true }), (m, e, atol, f) => {
        const loose = judge(m, e, { kind: 'abs', atol });
        const tight = judge(m, e, { kind: 'abs', atol: atol * f });
        if (loose.status === 'fail') expect(tight.status).toBe('fail');
      }),
    );
  });
  it('should read upper / lower / interval as bounds', () => {
    expect(judge(1, 1, { kind: 'upper', slack: 0 }).status).toBe('pass');
    expect(judge(1.0001, 1, { kind: 'upper', slack: 0 }).status).toBe('fail');
    expect(judge(0.9, 1, { kind: 'lower', slack: 0.05 }).status).toBe('fail');
    expect(judge(0.5, 0, { kind: 'interval', lo: 0, hi: 1 }).status).toBe('pass');
    expect(judge(1.5, 0, { kind: 'interval', lo: 0, hi: 1 }).status).toBe('fail');
  });
});
