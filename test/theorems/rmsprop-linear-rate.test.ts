import { describe, expect, it } from 'vitest';
import mod from '../../theorems/rmsprop-linear-rate/index.js';
import { expectClose } from '../helpers/expect-close.js';
import { runCheck } from '../helpers/run-check.js';

/** Least-squares slope of ln y on ln t, written out here so that the check's fit is compared with an independent one. */
function lsLogLogSlope(t: readonly number[], y: readonly number[]): number {
  const lx = t.map(Math.log);
  const ly = y.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let sxy = 0;
  let sxx = 0;
  lx.forEach((x, i) => {
    sxy += (x - mx) * (ly[i] - my);
    sxx += (x - mx) ** 2;
  });
  return sxy / sxx;
}

const detailNumber = (d: unknown, key: string): number => {
  const v = (d as Record<string, unknown> | undefined)?.[key];
  if (typeof v !== 'number') expect.fail(`detail.${key} missing`);
  return v as number;
};

describe('rmsprop-linear-rate', () => {
  it('should measure the RMSProp threshold 1/16 and the k = 6 rate against the claimed formulas', async () => {
    const t = await runCheck(mod, 'rmsprop_threshold_k4');
    if (t.status !== 'pass') expect.fail(t.status);
    expectClose(t.measured, 1, { rtol: 1e-6 });
    expectClose(detailNumber(t.detail, 'root'), 0.0625, { rtol: 1e-6 });
    const r = await runCheck(mod, 'rmsprop_rate_k6_b2_099');
    if (r.status !== 'pass') expect.fail(r.status);
    expectClose(detailNumber(r.detail, 'rate'), 0.99 ** (1 / 8), { rtol: 1e-9 });
    expectClose(r.measured, 1, { rtol: 1e-9 });
  });

  it('should fit the gradient-flow power law −1/2 by least squares over every fit time (residual power of t ≈ 0)', async () => {
    const r = await runCheck(mod, 'gd_power_law_exponent_k4');
    if (r.status !== 'pass') expect.fail(r.status);
    const ts = mod.claim.settings.fitT as readonly number[];
    const [eta, x0] = [mod.claim.settings.gdEta as number, mod.claim.settings.x0 as number];
    // eq. (39) at the fit times: the check's fit of the integrated flow must equal the least-squares slope of the exact
    // solution (a fit on fewer points, e.g. the first two, gives −0.499975 instead of −0.4999908)
    const exact = ts.map((t) => (x0 ** -2 + 2 * eta * t) ** -0.5);
    const slope = lsLogLogSlope(ts, exact);
    expectClose(detailNumber(r.detail, 'slope'), slope, { atol: 1e-10 });
    expectClose(r.measured, slope + 0.5, { atol: 1e-10 });
    expect(Math.abs(r.measured)).toBeLessThan(2e-5);
  });
});

describe('rmsprop-linear-rate: the quadratic k = 2 and the complexity remarks', () => {
  it("should find RMSProp's spike on x² where spec 004 §8 puts it (t = 834, ln L_min ≈ −970)", async () => {
    const g = await runCheck(mod, 'k2_rmsprop_lr_growth_eq80');
    if (g.status !== 'pass') expect.fail(g.status);
    expectClose(detailNumber(g.detail, 'slope'), -0.5 * Math.log(0.99), { rtol: 1e-12 });
    const r = await runCheck(mod, 'k2_rmsprop_spike_step_eq80');
    if (r.status !== 'pass') expect.fail(r.status);
    expect(detailNumber(r.detail, 'crossing_step')).toBe(834);
    expectClose(detailNumber(r.detail, 'min_ln_loss'), -970, { atol: 1 });
    // the spike: back above the SignGD loss L(η/2) = (0.005)²/2
    expect(detailNumber(r.detail, 'peak_ln_loss_after_crossing')).toBeGreaterThan(Math.log(0.005 ** 2 / 2));
  });

  it("should place Adam's pre-spike slope on x² between the discrete root modulus and the flow envelope", async () => {
    const r = await runCheck(mod, 'fig9_adam_envelope_slope');
    if (r.status !== 'pass') expect.fail(r.status);
    const slopes = (r.detail as Record<string, number[]>).slopes;
    [
      [0.9, 0.999],
      [0.5, 0.99],
    ].forEach(([b1, b2], i) => {
      const discrete = 0.5 * Math.log(b1) - 0.25 * Math.log(b2); // ln √(β1 β2^{−1/2})
      const flow = (2 * Math.log(b1) + 0.5 * Math.log(b2)) / 4; // −(2γ − α)/4
      expect(slopes[i]).toBeLessThan(discrete);
      expect(slopes[i]).toBeGreaterThan(flow - 1e-3 * Math.abs(flow));
    });
  });

  it('should count no converging cell of Adam on x² and the trivial family unstable at β2^{−1/2}', async () => {
    const r = await runCheck(mod, 'k2_no_regime_I_disagreements');
    if (r.status !== 'pass') expect.fail(r.status);
    expect(detailNumber(r.detail, 'converged_cells')).toBe(0);
    const j = await runCheck(mod, 'k2_trivial_fixed_points_unstable');
    if (j.status !== 'pass') expect.fail(j.status);
    expectClose((j.detail as Record<string, number[]>).spectral_radii[1], Math.SQRT2, { rtol: 2e-5 });
  });

  it('should measure T_ε growing ×ε^{−2}(k−2)/k for GD and by a constant step count per k + 2 for RMSProp', async () => {
    const g = await runCheck(mod, 't_eps_gd_remark_5_2');
    if (g.status !== 'pass') expect.fail(g.status);
    const T = (g.detail as Record<string, number[]>).T_eps;
    expect(T).toEqual([492, 24_992, 1_666_657]);
    const a = await runCheck(mod, 't_eps_rmsprop_remark_5_8');
    if (a.status !== 'pass') expect.fail(a.status);
    const steps = (a.detail as Record<string, number[]>).steps_between;
    const perUnit = (2 * Math.log(1e60)) / Math.log(1 / 0.9); // 2 ln(ε1/ε2)/ln(1/β2) per unit of k − 2
    steps.forEach((s, i) => expect(Math.abs(s - perUnit * (2 + 2 * i))).toBeLessThan(1));
  });

  it('should find the discrete GD and momentum power laws within 1e-4 of −1/(k−2) for k = 4, 6, 8', async () => {
    for (const name of ['gd_discrete_power_law_max_residual', 'momentum_discrete_power_law_max_residual']) {
      const r = await runCheck(mod, name);
      if (r.status !== 'pass') expect.fail(`${name}: ${r.status}`);
      expect(r.measured).toBeLessThan(1e-4);
      expect(r.measured).toBeGreaterThan(0);
    }
  });
});
