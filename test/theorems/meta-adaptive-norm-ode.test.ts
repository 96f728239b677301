import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mod from '../../theorems/meta-adaptive-norm-ode/index.js';
import { expectClose } from '../helpers/expect-close.js';
import { runCheck } from '../helpers/run-check.js';

describe('meta-adaptive-norm-ode', () => {
  it('should find the residual of φ′ + 2λφ = η‖u‖² shrinking like η²', async () => {
    const r = await runCheck(mod, 'residual_order_eta');
    expect(r.status).toBe('pass');
    expectClose(r.measured, 2, { atol: 0.15 }); // fitted order over η ∈ {0.04 … 0.005}
  });

  it('should find the non-orthogonal control not shrinking', async () => {
    const r = await runCheck(mod, 'non_orthogonal_control');
    expect(r.measured).toBeLessThan(0.5);
  });

  it('should match theorem 2 in the discrete model without momentum', async () => {
    const r = await runCheck(mod, 'discrete_norm_rel_error_no_momentum');
    expect(r.measured).toBeLessThan(1e-5);
  });

  it('should skip, not judge, figure 5 when this process ran only one shard of its sweep', async () => {
    const resultsDir = mkdtempSync(join(tmpdir(), 'optverify-fig5-'));
    const r = await runCheck(mod, 'figure5_assumption1_qk_norm', { training: { resultsDir, shard: { index: 2, total: 2 } } });
    expect(r.status).toBe('skip');
    if (r.status === 'skip') expect(r.reason).toMatch(/^shard 2\/2: 1 run\(s\)/);
  }, 60_000);
});
