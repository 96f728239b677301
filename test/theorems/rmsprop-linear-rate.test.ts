import { describe, expect, it } from 'vitest';
import mod from '../../theorems/rmsprop-linear-rate/index.js';
import { expectClose } from '../helpers/expect-close.js';
import { runCheck } from '../helpers/run-check.js';

describe('rmsprop-linear-rate', () => {
  it('should measure the RMSProp threshold 1/16 and the k = 6 rate', async () => {
    const t = await runCheck(mod, 'rmsprop_threshold_k4');
    if (t.status !== 'pass') expect.fail(t.status);
    expectClose(t.measured, 0.0625, { rtol: 1e-6 });
    const r = await runCheck(mod, 'rmsprop_rate_k6_b2_099');
    if (r.status !== 'pass') expect.fail(r.status);
    expectClose(r.measured, 0.99 ** (1 / 8), { rtol: 1e-9 });
  });

  it('should fit the gradient-flow power-law exponent −1/2', async () => {
    const r = await runCheck(mod, 'gd_power_law_exponent_k4');
    if (r.status !== 'pass') expect.fail(r.status);
    expectClose(r.measured, -0.5, { atol: 1e-3 });
  });
});
