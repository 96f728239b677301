import fc from 'fast-check';
import { abs, eigs } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  condition8,
  condition9,
  detTrace,
  eigen2,
  etaLambdaStar,
  fixedPointExists,
  jacobianBlock,
  jacobianFd,
  omegaStar,
  qStar,
  simulateAdam,
  theoryRegime,
} from '../../../../src/numeric/degenerate/index.js';
import { expectClose } from '../../../helpers/expect-close.js';
import { fcParams } from '../../../helpers/fast-check.js';

const rho = (k: number, b1: number, b2: number) =>
  Math.max(
    ...(eigs(jacobianBlock(k, b1, b2).map((r) => [...r])).values as unknown as unknown[]).map((v) =>
      Number(abs(v as number)),
    ),
  );

describe('fixed point and Jacobian', () => {
  it('should reproduce spec 004 §3 row k = 4, β1 = 0.9, β2 = 0.93', () => {
    expectClose(omegaStar(4, 0.9, 0.93), 2.01381, { rtol: 3e-6 });
    expectClose(etaLambdaStar(4, 0.9, 0.93), 0.00892791, { rtol: 1e-6 });
    const { det, trace } = detTrace(4, 0.9, 0.93);
    expectClose(det, 0.967742, { rtol: 1e-6 });
    expectClose(trace, 1.96592, { rtol: 3e-6 });
    expectClose(eigen2(jacobianBlock(4, 0.9, 0.93)).radius, 0.983739, { rtol: 1e-6 });
  });

  it('should agree with the finite-difference Jacobian of eq. (5) and keep η out of the spectrum', () => {
    for (const eta of [1e-3, 0.1]) {
      const J = jacobianFd({ k: 6, beta1: 0.5, beta2: 0.9 }, eta, [
        omegaStar(6, 0.5, 0.9),
        etaLambdaStar(6, 0.5, 0.9) / eta,
        0,
      ]);
      const A = jacobianBlock(6, 0.5, 0.9, eta);
      for (const [i, j] of [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ])
        expectClose(J[i][j], A[i][j], { rtol: 1e-7, atol: 1e-9 });
      expectClose(J[2][2], qStar(6, 0.9), { rtol: 1e-9 });
      expectClose(
        eigen2([
          [J[0][0], J[0][1]],
          [J[1][0], J[1][1]],
        ]).radius,
        eigen2(jacobianBlock(6, 0.5, 0.9)).radius,
        { rtol: 1e-7 },
      );
    }
  });

  it('should have ρ(A) < 1 ⇔ (8) ∧ (9) away from the boundary (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.995, noNaN: true }),
        fc.double({ min: 0.001, max: 0.995, noNaN: true }),
        fc.constantFrom(4, 6, 8, 10),
        (b1, b2, k) => {
          if (!fixedPointExists(k, b1, b2)) return true;
          const r = rho(k, b1, b2);
          if (Math.abs(r - 1) < 1e-9) return true;
          return r < 1 === (condition8(k, b1, b2) && condition9(k, b1, b2));
        },
      ),
      fcParams(300),
    );
  });

  it('should classify the typical cases as I, II, III and converge at rate q* in Regime I', () => {
    expect([0.91, 0.895, 0.8].map((b2) => theoryRegime(4, 0.9, b2))).toEqual([1, 2, 3]);
    const r = simulateAdam({ k: 4, beta1: 0.9, beta2: 0.91 }, { eta: 1e-3, x0: 1, steps: 20000, rateWindow: 1000 });
    expectClose(r.rate, qStar(4, 0.91), { rtol: 1e-10 });
    expect(r.distance).toBeLessThan(1e-6);
  });
});
