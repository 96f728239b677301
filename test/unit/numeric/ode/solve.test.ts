import { describe, expect, it } from 'vitest';
import { agreedDigits, certifyAcrossTolerances, integrateOde } from '../../../../src/numeric/ode/index.js';
import { expectClose } from '../../../helpers/expect-close.js';

describe('integrateOde (odex adapter)', () => {
  it('should match y = e^{−t}cos t against its closed form at the sampled times', () => {
    const sol = integrateOde(
      { rhs: (_t, y) => [y[1], -2 * y[1] - 2 * y[0]], t0: 0, t1: 10, y0: [1, -1] },
      { rtol: 1e-12, atol: 1e-14, sampleAt: [0.5, 1, 2.5, 7, 10] },
    );
    expect(sol.status).toBe('success');
    sol.samples.t.forEach((t, i) => {
      const err = Math.abs(sol.samples.y[i][0] - Math.exp(-t) * Math.cos(t));
      // scipy compute_error style: error scaled by atol + rtol|y| stays below a small factor
      expect(err / (1e-14 + 1e-12 * Math.abs(sol.samples.y[i][0]))).toBeLessThan(100);
    });
    // a smooth 2-D problem over 10 time units: GBS needs a few thousand evaluations at most
    expect(sol.stats.nfev).toBeGreaterThan(0);
    expect(sol.stats.nfev).toBeLessThan(5000);
  });
  it('should report a blow-up as the named outcome non-finite, not an exception', () => {
    const sol = integrateOde({ rhs: (_t, y) => [y[0] * y[0]], t0: 0, t1: 2, y0: [1] }, { rtol: 1e-8, atol: 1e-10 });
    expect(['non-finite', 'max-steps']).toContain(sol.status);
    expect(sol.t).toBeLessThan(1.01);
  });
  it('should certify only the digits two tolerances agree on', () => {
    expect(agreedDigits(1.2345, 1.2346)).toBe(4);
    const c = certifyAcrossTolerances((rtol) => ({ value: 2 + rtol, nfev: 1 }), 1e-6);
    expect(c.agreedDigits).toBe(6);
    expectClose(c.value, 2, { rtol: 0 });
  });
});
