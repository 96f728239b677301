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
