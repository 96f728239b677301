import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../src/core/theorem.js';
import { measureRemainders } from '../../src/numeric/flows/index.js';
import mod from '../../theorems/adam-flow-expansion/index.js';
import { claimedExpansion } from '../../theorems/adam-flow-expansion/ode.js';
import { fcParams } from '../helpers/fast-check.js';
import { runCheck } from '../helpers/run-check.js';
import { expectClose } from '../helpers/expect-close.js';
import { runTheorem } from '../../src/runner/run.js';

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

describe('adam-flow-expansion: appendix A variants (remarks A.4, A.5, appendix A.1)', () => {
  const verdicts = async (name: string, mutant: string) => {
    const only = { claim: mod.claim, checks: mod.checks.filter((c) => c.name === name) };
    const [r] = await runTheorem(only, { seed: 0, budget: 'quick', mutant });
    return [(await runCheck(mod, name)).status, r.status];
  };

  it('should find bias-corrected discrete Adam first order to the flow, the same gaps as the raw form after 30·max τ', async () => {
    const r = await runCheck(mod, 'bias_corrected_to_flow_order');
    expect(r.status).toBe('pass');
    if (r.status !== 'pass') return;
    expect(r.measured).toBeGreaterThan(0.95);
    const d = r.detail as Record<string, number[]>;
    for (const [i, g] of d.gaps.entries()) expectClose(g, d.gaps_raw_recurrences[i], { rtol: 1e-9 });
    // before the window the zero-moment start leaves a gap that Δt does not shrink
    expect(d.transient_gaps[3]).toBeGreaterThan(0.5 * d.transient_gaps[0]);
  });

  it('should find β = 1 − Δt/τ first order as well, with a larger constant than e^{−Δt/τ}', async () => {
    const r = await runCheck(mod, 'discrete_to_flow_order_linear_beta');
    expect(r.status).toBe('pass');
    if (r.status !== 'pass') return;
    const d = r.detail as Record<string, number[]>;
    expect(d.gaps[3]).toBeGreaterThan(2 * d.gaps_exponential_map[3]);
  });

  it('should fit the same coefficient of δ under both maps, zero at τ1 = τ2', async () => {
    const r = await runCheck(mod, 'discrete_coefficient_both_beta_maps');
    expect(r.status).toBe('pass');
    if (r.status !== 'pass') return;
    const d = r.detail as Record<string, number[]>;
    expectClose(d.fitted_unequal[0], d.fitted_unequal[1], { rtol: 1e-4 });
    expect(Math.abs(d.fitted_equal_tau[1])).toBeLessThan(1e-3);
  });

  it('should measure C_ε ≈ 1 + (2τ2 − τ1)Λ, constant across six decades of ε', async () => {
    const r = await runCheck(mod, 'epsilon_kappa_constant');
    expect(r.status).toBe('pass');
    if (r.status !== 'pass') return;
    expectClose(r.measured, 1 + 3 * 0.01, { rtol: 1e-3 });
    const per = (r.detail as Record<string, number[]>).sup_ratio_per_eps;
    expectClose(per[0], per[2], { rtol: 1e-3 });
  });

  it.each([
    ['bias_corrected_to_flow_order', 'beta-mapping-x1.1'],
    ['discrete_to_flow_order_linear_beta', 'beta-mapping-x1.1'],
    ['discrete_coefficient_both_beta_maps', 'first-coefficient-x1.1'],
    ['epsilon_kappa_constant', 'kappa-second-order'],
  ])('should flip %s under mutant %s', async (name, mutant) => {
    expect(await verdicts(name, mutant)).toEqual(['pass', 'fail']);
  });
});
