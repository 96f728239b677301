import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../src/core/theorem.js';
import { adamDirection } from '../../src/numeric/optimizers/index.js';
import {
  claimedOrder,
  discreteSensitivity,
  flowCoefficient,
  invariantPartner,
} from '../../theorems/iff-tau-invariance/claimed.js';
import mod from '../../theorems/iff-tau-invariance/index.js';
import { expectClose } from '../helpers/expect-close.js';
import { fcParams } from '../helpers/fast-check.js';
import { runCheck } from '../helpers/run-check.js';

const ctxWith = (mutant: string | null) => ({ input: { check: 'test', mutant } as unknown as CheckInput });
const beta = fc.double({ min: 0.01, max: 0.999, noNaN: true });
const unit = (a: Float64Array) => {
  const r = Math.hypot(...a);
  return a.map((x) => x / r);
};

describe('iff-tau-invariance', () => {
  it('should find the invariant partner where each stated coefficient vanishes', () => {
    fc.assert(
      fc.property(beta, (b1) => {
        expect(invariantPartner(discreteSensitivity(mod.claim, ctxWith(null)), b1)).toBe(b1);
        expect(invariantPartner(flowCoefficient(mod.claim, ctxWith(null)), 10 * b1)).toBe(10 * b1);
        expectClose(invariantPartner(discreteSensitivity(mod.claim, ctxWith('no-square-root')), b1), (1 + b1) / 2);
        expectClose(invariantPartner(flowCoefficient(mod.claim, ctxWith('no-square-root')), 10 * b1), 5 * b1);
        const all = discreteSensitivity(mod.claim, ctxWith('invariant-for-all'));
        expect(claimedOrder(all, b1, 0.999)).toBe(2);
        expect(claimedOrder(discreteSensitivity(mod.claim, ctxWith(null)), b1, b1)).toBe(2);
      }),
      fcParams(50),
    );
  });

  it('should never change the direction from the tracking state, for any betas (why those checks are magnitude-only)', () => {
    fc.assert(
      fc.property(
        beta,
        beta,
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 2, maxLength: 8 }),
        (b1, b2, c, mags) => {
          const g = Float64Array.from(mags, (x, i) => (i % 2 ? -x : x));
          const state = { step: 1, m: Float64Array.from(g), v: g.map((x) => x * x) };
          const opts = { lr: 1, beta1: b1, beta2: b2, biasCorrection: false };
          const a = unit(adamDirection(opts, g, state).update);
          const b = unit(
            adamDirection(
              opts,
              g.map((x) => c * x),
              state,
            ).update,
          );
          for (let i = 0; i < g.length; i++) expect(Math.abs(a[i] - b[i])).toBeLessThan(1e-12);
        },
      ),
      fcParams(100),
    );
  });

  it('should measure the drifting-state sensitivity off the tracking state: first order in the drift, direction moving for every betas', async () => {
    for (const name of [
      'discrete_sensitivity_drifting_state_unequal_betas',
      'discrete_sensitivity_drifting_state_equal_betas',
    ]) {
      const r = await runCheck(mod, name);
      expect(r.status).toBe('pass');
      if (r.status !== 'pass') return;
      const d = r.detail as Record<string, number[]>;
      // the state is not the tracking state: the deviation and the direction change are nonzero and shrink with the drift
      for (const key of ['max_deviation', 'direction_change_rate']) {
        for (let i = 1; i < d[key].length; i++) expect(d[key][i]).toBeLessThan(0.6 * d[key][i - 1]);
        expect(d[key][d[key].length - 1]).toBeGreaterThan(1e-7);
      }
    }
  });
});
