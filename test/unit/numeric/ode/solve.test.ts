import { describe, expect, it } from 'vitest';
import { SolverError } from '../../../../src/core/errors.js';
import { integrateOde, integrateOdeOrThrow, requireSuccess } from '../../../../src/numeric/ode/index.js';

const smooth = { rhs: (_t: number, y: readonly number[]) => [y[1], -2 * y[1] - 2 * y[0]], t0: 0, t1: 10, y0: [1, -1] };

describe('integrateOde (odex adapter)', () => {
  it('should match y = e^{−t}cos t against its closed form at the sampled times', () => {
    const sol = integrateOde(smooth, { rtol: 1e-12, atol: 1e-14, sampleAt: [0.5, 1, 2.5, 7, 10] });
    expect(sol.status).toBe('success');
    expect(sol.t).toBe(10);
    expect(sol.span).toEqual([0, 10]);
    sol.samples.t.forEach((t, i) => {
      const err = Math.abs(sol.samples.y[i][0] - Math.exp(-t) * Math.cos(t));
      // scipy compute_error style: error scaled by atol + rtol|y| stays below a small factor
      expect(err / (1e-14 + 1e-12 * Math.abs(sol.samples.y[i][0]))).toBeLessThan(100);
    });
    // a smooth 2-D problem over 10 time units: GBS needs a few thousand evaluations at most
    expect(sol.stats.nfev).toBeGreaterThan(0);
    expect(sol.stats.nfev).toBeLessThan(5000);
    expect(sol.stats.nstep).toBeGreaterThanOrEqual(sol.stats.naccept);
    // requireSuccess hands a successful run back unchanged
    expect(requireSuccess(sol)).toBe(sol);
  });

  it('should report y′ = y², y(0) = 1 past its pole at t = 1 as a named outcome with the counts (step-too-small)', () => {
    const sol = integrateOde({ rhs: (_t, y) => [y[0] * y[0]], t0: 0, t1: 2, y0: [1] }, { rtol: 1e-8, atol: 1e-10 });
    // the steps collapse to round-off at the pole: odex alone would spin there until maxSteps
    expect(sol.status).toBe('step-too-small');
    // stopped at the pole, not at t1 = 2; the last accepted (finite) state is the one reported
    expect(Math.abs(sol.t - 1)).toBeLessThan(1e-6);
    expect(sol.y.every(Number.isFinite)).toBe(true);
    expect(sol.y[0]).toBeGreaterThan(1e12);
    expect(sol.stats.naccept).toBeGreaterThan(10);
    expect(sol.stats.nreject).toBeGreaterThan(0);
    expect(sol.stats.nfev).toBeGreaterThan(sol.stats.naccept);
    expect(sol.stats.nstep).toBeLessThan(1000);
  });

  it('should report an overflow (y′ = 100y, e^{100t} > 1.8e308 after t ≈ 7.1) as non-finite', () => {
    const sol = integrateOde({ rhs: (_t, y) => [100 * y[0]], t0: 0, t1: 10, y0: [1] }, { rtol: 1e-10, atol: 1e-12 });
    expect(sol.status).toBe('non-finite');
    expect(sol.t).toBeGreaterThan(6);
    expect(sol.t).toBeLessThan(Math.log(Number.MAX_VALUE) / 100);
    expect(sol.y.every(Number.isFinite)).toBe(true);
  });

  it('should report y′ = y³, y(0) = 1 (pole at t = 1/2) as step-too-small once steps shrink to round-off', () => {
    const sol = integrateOde({ rhs: (_t, y) => [y[0] ** 3], t0: 0, t1: 1, y0: [1] }, { rtol: 1e-10, atol: 1e-16 });
    expect(sol.status).toBe('step-too-small');
    expect(Math.abs(sol.t - 0.5)).toBeLessThan(1e-9);
    // odex alone would keep stepping in place until its budget: the wrapper stops far earlier
    expect(sol.stats.nstep).toBeLessThan(1000);
  });

  it('should report an exhausted step budget as max-steps', () => {
    const sol = integrateOde(smooth, { rtol: 1e-12, atol: 1e-14, maxSteps: 5 });
    expect(sol.status).toBe('max-steps');
    expect(sol.maxSteps).toBe(5);
    expect(sol.stats.nstep).toBe(5);
    expect(sol.t).toBeGreaterThan(0);
    expect(sol.t).toBeLessThan(10);
  });

  it('should throw a SolverError (code E_ODE_SOLVER) naming the outcome and the counts', () => {
    let caught: unknown;
    try {
      integrateOdeOrThrow(smooth, { rtol: 1e-12, atol: 1e-14, maxSteps: 5 }, 'damped oscillator');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SolverError);
    const e = caught as SolverError;
    expect(e.code).toBe('E_ODE_SOLVER');
    expect(e.outcome).toBe('max-steps');
    expect(e.stats.nstep).toBe(5);
    expect(e.message).toMatch(
      /^damped oscillator: odex max-steps at t = [0-9.e-]+ of \[0, 10\] after 5 steps \(\d+ accepted, \d+ rejected, \d+ rhs evaluations; rtol 1e-12, atol 1e-14, maxSteps 5\)$/,
    );
  });
});
