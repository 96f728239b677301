/** The sampled discrete-Adam updates and the transient/window gap split both gap checks share. */
import { describe, expect, it } from 'vitest';
import { adamUpdatesAt, splitGaps } from '../../../../src/numeric/flows/discrete-gap.js';

describe('adamUpdatesAt', () => {
  it('should give u_k = sign(g) under a constant gradient with bias correction (m̂ = g, v̂ = g²)', () => {
    const u = adamUpdatesAt({ lr: 0, beta1: 0.9, beta2: 0.999, biasCorrection: true }, () => -0.3, [0, 1, 5, 400]);
    for (const x of u) expect(x).toBeCloseTo(-1, 12);
  });
  it('should give the raw EMA ratio without bias correction: u_0 = (1 − β1)g/√((1 − β2)g²)', () => {
    const [u0] = adamUpdatesAt({ lr: 0, beta1: 0.9, beta2: 0.99 }, () => 2, [0]);
    expect(u0).toBeCloseTo((0.1 * 2) / Math.sqrt(0.01 * 4), 12);
  });
  it('should refuse sampled steps that are not increasing integers (it would never stop)', () => {
    const opts = { lr: 0, beta1: 0.9, beta2: 0.99 };
    expect(() => adamUpdatesAt(opts, () => 1, [3, 3])).toThrow(/increasing integers/);
    expect(() => adamUpdatesAt(opts, () => 1, [2, 1])).toThrow(/increasing integers/);
    expect(() => adamUpdatesAt(opts, () => 1, [0.5])).toThrow(/increasing integers/);
  });
});

describe('splitGaps', () => {
  it('should take the largest difference before and from `early` apart', () => {
    expect(splitGaps([1, 5, 0, 2], [1.5, 4, 0.25, 2], 2)).toEqual({ transientGap: 1, gap: 0.25 });
    expect(splitGaps([1, 2], [0, 0], 0)).toEqual({ transientGap: 0, gap: 2 });
  });
});
