import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import mod from '../../theorems/max-update-bound/index.js';
import { exploreMaxUpdate } from '../../theorems/max-update-bound/explore.js';
import { expectClose } from '../helpers/expect-close.js';
import { runCheck } from '../helpers/run-check.js';

describe('max-update-bound', () => {
  it('should measure the spec 003 §1 reference values', async () => {
    const s = await runCheck(mod, 'discrete_worst_case_0999_09');
    expect(s.status).toBe('pass');
    expectClose(s.measured, 7.2701, { rtol: 1e-4 });
    const b = await runCheck(mod, 'bound_0999_09');
    expectClose(b.measured, 7.4665, { rtol: 1e-4 });
  });

  it('should find the bound to hold on every B+ cell and fail in B−', async () => {
    const plus = await runCheck(mod, 'bound_holds_B_plus');
    expect(plus.status).toBe('pass');
    expect(plus.measured).toBe(1);
    const minus = await runCheck(mod, 'bound_holds_B_minus_fraction');
    expect(minus.measured).toBeLessThan(1);
  });

  it('should measure the discrete growth exponent ½ ln(γ²/β), not |C|/2', async () => {
    const r = await runCheck(mod, 'growth_exponent_discrete');
    expect(r.status).toBe('pass');
    expectClose(r.measured, 0.5 * Math.log(0.99 ** 2 / 0.9), { rtol: 1e-6 });
  });

  it('should skip, not judge, figure 3 when this process ran only one shard of its sweep', async () => {
    const resultsDir = mkdtempSync(join(tmpdir(), 'optverify-fig3-'));
    const r = await runCheck(mod, 'figure3_bound_ratio_training', { training: { resultsDir, shard: { index: 1, total: 6 } } });
    expect(r.status).toBe('skip');
    if (r.status === 'skip') expect(r.reason).toMatch(/shard 1\/6: 1 run\(s\).*verify results merge/);
  }, 60_000);

  it('should explore (β, γ) = (0.999, 0.9) and reject bad flags', async () => {
    const out = await exploreMaxUpdate.run({ beta: '0.999', gamma: '0.9', n: ['10', '10000'] });
    expect(out.json.region).toBe('B+');
    const rows = out.json.rows as { n: number; bound: number; discrete_worst_case: number }[];
    expectClose(rows[1].discrete_worst_case, 7.2701, { rtol: 1e-4 });
    expectClose(out.json.C as number, 2 / 0.9 - 1 / 0.999 - 1);
    expect(() => exploreMaxUpdate.run({ beta: '1.5', gamma: '0.9' })).toThrow(UsageError);
    expect(() => exploreMaxUpdate.run({ beta: '1.5', gamma: '0.9' })).toThrow('--beta: must be in (0, 1), got 1.5');
    expect(() => exploreMaxUpdate.run({ beta: '0.5', gamma: '0.9', n: ['-1'] })).toThrow(/--n/);
    expect(() => exploreMaxUpdate.run({ beta: '0.5', gamma: 'x' })).toThrow(/--gamma/);
  });
});
