import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discreteTheoremTwo, rotationUpdate, weightOdeRhs } from '../../src/numeric/ctadam/index.js';
import mod from '../../theorems/meta-adaptive-norm-ode/index.js';
import { expectClose } from '../helpers/expect-close.js';
import { fcParams } from '../helpers/fast-check.js';
import { runCheck } from '../helpers/run-check.js';
import { runTheorem } from '../../src/runner/run.js';

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

  it("should state theorem 2's discrete form φ̃_{n+1} = (1 − 2ηλ)φ̃_n + η²‖u_n‖², and a mutant's gain and decay where they belong", () => {
    const pos = (max: number) => fc.double({ min: 1e-4, max, noNaN: true });
    fc.assert(
      fc.property(
        pos(10),
        fc.array(pos(5), { minLength: 1, maxLength: 40 }),
        pos(0.1),
        pos(0.1),
        pos(3),
        pos(1),
        (phi0, u2, eta, lambda, gain, decay) => {
          let phi = phi0;
          let mut = phi0;
          const plain = discreteTheoremTwo(phi0, u2, eta, lambda);
          const form = discreteTheoremTwo(phi0, u2, eta, lambda, { gain, decay });
          u2.forEach((u, n) => {
            phi = (1 - 2 * eta * lambda) * phi + eta * eta * u;
            mut = (1 - 2 * decay * eta * lambda) * mut + gain * eta * eta * u;
            expect(plain[n + 1]).toBe(phi);
            expectClose(form[n + 1], mut, { rtol: 1e-12 });
          });
        },
      ),
      fcParams(100),
    );
  });

  it("should integrate ψ′ = −2λψ + η‖u‖² alongside eq. (7), with the mutant's gain on the η‖u‖² term only", () => {
    const u = rotationUpdate((t) => 1 + 0.5 * Math.sin(t));
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (eta, lambda, gain) => {
          const y = [1, 0.5, -0.2, 0.3, 1.25];
          const plain = weightOdeRhs(2, eta, lambda, u)(0.3, y);
          const mut = weightOdeRhs(2, eta, lambda, u, { gain, decay: 0.5 })(0.3, y);
          const u2 = u(0.3, [1, 0.5]).reduce((a, x) => a + x * x, 0);
          expectClose(plain[4], -2 * lambda * y[4] + eta * u2, { rtol: 1e-12, atol: 1e-15 });
          expectClose(mut[4], -lambda * y[4] + gain * eta * u2, { rtol: 1e-12, atol: 1e-15 });
          expect(mut.slice(0, 4)).toEqual(plain.slice(0, 4));
        },
      ),
      fcParams(100),
    );
  });

  it('should skip, not judge, figure 5 when this process ran only one shard of its sweep', async () => {
    const resultsDir = mkdtempSync(join(tmpdir(), 'optverify-fig5-'));
    const r = await runCheck(mod, 'figure5_assumption1_qk_norm', {
      training: { resultsDir, shard: { index: 2, total: 2 } },
    });
    expect(r.status).toBe('skip');
    if (r.status === 'skip') expect(r.reason).toMatch(/^shard 2\/2: 1 run\(s\)/);
  }, 60_000);
});

describe('meta-adaptive-norm-ode: propositions 2 and 3 integrated', () => {
  const withMutant = async (name: string, mutant: string) => {
    const only = { claim: mod.claim, checks: mod.checks.filter((c) => c.name === name) };
    return (await runTheorem(only, { seed: 0, budget: 'quick', mutant }))[0];
  };

  it('should find discrete AdamW within O(η²) of eq. (4), and ηθ″ in place of ½ηθ″ only O(η)', async () => {
    const r = await runCheck(mod, 'prop2_eq4_discrete_order');
    expect(r.status).toBe('pass');
    if (r.status === 'pass') expectClose(r.measured, 2, { atol: 0.1 });
    const m = await withMutant('prop2_eq4_discrete_order', 'eq4-inertia-x2');
    expect(m.status).toBe('fail');
    if (m.status === 'fail') expectClose(m.measured, 1, { atol: 0.05 });
  });

  it('should find eq. (9) as stated (Λ = ½ηr‖Ŵ′‖²) first-order wrong at ‖W‖ ≠ 1, and right with Λ = ½η‖Ŵ′‖²', async () => {
    const stated = await runCheck(mod, 'prop3_eq9_order_joint');
    expect(stated.status).toBe('fail');
    if (stated.status === 'fail') expectClose(stated.measured, 1, { atol: 0.1 });
    const derived = await runCheck(mod, 'prop3_eq9_derived_lambda_order_joint');
    expect(derived.status).toBe('pass');
    if (derived.status === 'pass') expectClose(derived.measured, 2, { atol: 0.05 });
    expect((await withMutant('prop3_eq9_order_joint', 'prop3-lambda-r-dropped')).status).toBe('pass');
    expect((await withMutant('prop3_eq9_derived_lambda_order_joint', 'prop3-lambda-x2')).status).toBe('fail');
  });
});
