import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../src/core/theorem.js';
import { measureRemainders } from '../../src/numeric/flows/index.js';
import mod from '../../theorems/adam-flow-expansion/index.js';
import { claimedExpansion } from '../../theorems/adam-flow-expansion/ode.js';
import { fcParams } from '../helpers/fast-check.js';
import { runCheck } from '../helpers/run-check.js';

const ctxWith = (mutant: string | null) => ({ input: { check: 'test', mutant } as unknown as CheckInput });

describe('adam-flow-expansion', () => {
  it('should measure the remainders against its own statement of the expansions with the library numbers, and move under a mutant', () => {
    const tau = fc.double({ min: 0.25, max: 3, noNaN: true });
    fc.assert(
      fc.property(tau, tau, fc.constantFrom(0.02, 0.01), (tau1, tau2, eps) => {
        const opts = { amplitude: 1, rtol: 1e-8, samples: 40 };
        const lib = measureRemainders({ tau1, tau2 }, eps, opts);
        const own = measureRemainders({ tau1, tau2 }, eps, {
          ...opts,
          expansion: claimedExpansion(mod.claim, ctxWith(null)),
        });
        for (const k of ['zeroth', 'first', 'second', 'm', 'v', 'coefficient'] as const) expect(own[k]).toBe(lib[k]);
        const mutant = measureRemainders({ tau1, tau2 }, eps, {
          ...opts,
          expansion: claimedExpansion(mod.claim, ctxWith('m-drift-x1.1')),
        });
        // m = g(1 − 1.1τ1δ) is off by 0.1τ1δ, at least 0.1τ1·A·ε·|cos| somewhere on a full period
        expect(mutant.m).toBeGreaterThan(0.05 * tau1 * eps);
        expect(mutant.v).toBe(lib.v);
      }),
      fcParams(8),
    );
  });

  it('should hold lemma A.1 on signals kept off A = 0 without resting on the solver allowance', async () => {
    for (const seed of [0, 1]) {
      const r = await runCheck(mod, 'lemma_A1_bound_ratio', { seed });
      expect(r.status).toBe('pass');
      if (r.status !== 'pass') return;
      const d = r.detail as Record<string, number | string>;
      expect(d.ratio_without_solver_allowance as number).toBeLessThanOrEqual(1);
      // the second-order term is exercised: the remainder uses a real part of τ² sup|y″|
      expect(d.second_term_ratio as number).toBeGreaterThan(0.1);
      expect(d.second_term_ratio as number).toBeLessThanOrEqual(1);
      expect(Math.abs(JSON.parse(d.worst_at as string).A)).toBeGreaterThanOrEqual(mod.claim.settings.amplitudeFloor);
    }
  });
});
