import { describe, expect, it } from 'vitest';
import mod from '../../theorems/fixed-point-spectral-radius/index.js';
import { exploreDegenerate } from '../../theorems/fixed-point-spectral-radius/explore.js';
import { expectClose } from '../helpers/expect-close.js';
import { runCheck } from '../helpers/run-check.js';

describe('fixed-point-spectral-radius', () => {
  it('should measure the k = 4 rate and spectral radius of spec 004', async () => {
    const r = await runCheck(mod, 'rate_k4_b2_093');
    expect(r.status).toBe('pass');
    if (r.status === 'pass') expectClose(r.measured, 0.982021, { rtol: 1e-6 });
    const s = await runCheck(mod, 'spectral_radius_k4_09_093');
    if (s.status !== 'pass') expect.fail(s.status);
    expectClose(s.measured, 0.983739, { rtol: 1e-6 });
  });

  it('should find simulated Regime I exactly where (8) ∧ (9) hold on the quick grid', async () => {
    const r = await runCheck(mod, 'phase_agreement_k4');
    if (r.status !== 'pass') expect.fail(r.status);
    expect(r.measured).toBe(1);
  });

  it('should report D1 as an informational fail with a counterexample', async () => {
    const r = await runCheck(mod, 'remark_4_2_full_conditions_violations');
    expect(r.status).toBe('fail');
    if (r.status === 'fail') expect(r.measured).toBeGreaterThan(0);
  });

  it('should explore a point and reject bad flags naming the flag', async () => {
    const out = await exploreDegenerate.run({ k: '4', beta1: '0.9', beta2: '0.93' });
    expect(out.json.exists).toBe(true);
    expectClose(out.json.spectral_radius as number, 0.983739, { rtol: 1e-6 });
    expect(out.json.regime).toBe('I');
    await expect(async () => exploreDegenerate.run({ k: '4', beta1: '0.9', beta2: '1.5' })).rejects.toThrow(/--beta2/);
    await expect(async () => exploreDegenerate.run({ k: '5', beta1: '0.9', beta2: '0.9' })).rejects.toThrow(/--k/);
  });
});
