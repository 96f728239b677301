import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundaryCrisis,
  criticalGrowth,
  orbitFate,
  rmspropBeta2Threshold,
  sharpnessFixedPoint,
  sharpnessMap,
  sharpnessSlopeAtFixedPoint,
} from '../../../../src/numeric/degenerate/index.js';
import { expectClose } from '../../../helpers/expect-close.js';
import { fcParams } from '../../../helpers/fast-check.js';

describe('sharpness map F(s) = c s (1 − s)^{k−2}', () => {
  it('should have s* fixed with slope F′(s*) by central differences (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.01, max: 8, noNaN: true }), fc.constantFrom(4, 6, 8), (c, k) => {
        const s = sharpnessFixedPoint(k, c);
        const h = 1e-6;
        const fd = (sharpnessMap(k, c, s + h) - sharpnessMap(k, c, s - h)) / (2 * h);
        return Math.abs(sharpnessMap(k, c, s) - s) < 1e-14 && Math.abs(fd - sharpnessSlopeAtFixedPoint(k, c)) < 1e-7;
      }),
      fcParams(),
    );
  });

  it('should match the spec table thresholds and crisis values', () => {
    expectClose(rmspropBeta2Threshold(4), 1 / 16);
    expectClose(criticalGrowth(6), 5.0625);
    expectClose(boundaryCrisis(4), 9, { rtol: 1e-12 });
    expectClose(boundaryCrisis(6), 18.1233, { rtol: 1e-5 });
  });

  it('should converge below c_crit and escape above c_esc', () => {
    expect(orbitFate(4, 0.99 * criticalGrowth(4), 0.1, 1e5).fate).toBe('converged');
    expect(orbitFate(4, 1.01 * criticalGrowth(4), 0.1, 1e5).fate).toBe('bounded');
    expect(orbitFate(4, 1.01 * boundaryCrisis(4), 0.1, 1e5).fate).toBe('escaped');
  });
});
