import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.js';

describe('createRng', () => {
  it('should repeat the same stream for the same seed and differ across seeds and labels', () => {
    const a = Array.from({ length: 5 }, createRng(7).next);
    const b = Array.from({ length: 5 }, createRng(7).next);
    expect(a).toEqual(b);
    expect(createRng(8).next()).not.toBe(a[0]);
    expect(createRng(7, 'x').next()).not.toBe(a[0]);
  });
  it('should draw uniforms in [0, 1) with mean ≈ 1/2', () => {
    const r = createRng(1);
    let s = 0;
    for (let i = 0; i < 20000; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      s += u;
    }
    // standard error of the mean is 0.29/√20000 ≈ 0.002
    expect(Math.abs(s / 20000 - 0.5)).toBeLessThan(0.01);
  });
});
