import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coarseAdamDirection,
  discreteTheoremTwo,
  kPlusMinus,
  rotationUpdate,
} from '../../../../src/numeric/ctadam/index.js';
import { expectClose } from '../../../helpers/expect-close.js';
import { fcParams } from '../../../helpers/fast-check.js';

describe('norm-ode kernels', () => {
  it('should give k± that solve ½ηk² − k + λ = 0 (θ = e^{−kt})', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (eta, lam) => {
          const { plus, minus } = kPlusMinus(eta, lam);
          const p = (k: number) => 0.5 * eta * k * k - k + lam;
          return Math.abs(p(plus)) <= 1e-9 * (1 + plus) && Math.abs(p(minus)) <= 1e-9 * (1 + plus) && minus >= 0;
        },
      ),
      fcParams(),
    );
    // λ = 0: k₋ = 0, k₊ = 2/η
    expectClose(kPlusMinus(0.01, 0).plus, 200);
    expect(kPlusMinus(0.01, 0).minus).toBe(0);
  });

  it('should step the discrete theorem-2 recursion by hand', () => {
    // φ̃1 = (1 − 2·0.1·0.5)·2 + 0.01·3 = 1.8 + 0.03 = 1.83; φ̃2 = 0.9·1.83 + 0.01·1 = 1.657
    const out = discreteTheoremTwo(2, [3, 1], 0.1, 0.5);
    expectClose(out[1], 1.83);
    expectClose(out[2], 1.657);
  });

  it('should make the rotation update orthogonal to W with ‖u‖ = |ω|', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (w1, w2, om) => {
          const u = rotationUpdate(() => om)(0, [w1, w2]);
          return (
            Math.abs(u[0] * w1 + u[1] * w2) <= 1e-12 * (1 + Math.abs(om) * Math.hypot(w1, w2)) &&
            Math.abs(Math.hypot(u[0], u[1]) - Math.abs(om)) <= 1e-12 * (1 + Math.abs(om))
          );
        },
      ),
      fcParams(),
    );
  });

  it('should give a coarse-grained Adam update parallel to m with |u_0| entries = |g|/rms(g)', () => {
    // step 1: m = 0.1 g, v = 0.001‖g‖²/N, c = √0.001/0.1 ⇒ u = g/√(‖g‖²/N); g = (3, 4): rms = √12.5
    const { update } = coarseAdamDirection(0.999, 0.9, Float64Array.of(3, 4), {
      step: 0,
      m: new Float64Array(2),
      v: 0,
    });
    expectClose(update[0], 3 / Math.sqrt(12.5), { rtol: 1e-10 });
    expectClose(update[1], 4 / Math.sqrt(12.5), { rtol: 1e-10 });
  });
});
