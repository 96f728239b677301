/**
 * Proposition 3 integrated: eq. (9) for Ŵ solved alongside eq. (7) for W (2-D, rotation-type update, so
 * ⟨W, u⟩ = 0 and assumption 1 holds exactly), max_t ‖Ŵ_(9) − W/‖W‖‖ over η = λ = s. "Up to first order in
 * (η, λ)" leaves O(s²). Once with Λ as stated (½ηr‖Ŵ′‖²), once with ½η‖Ŵ′‖² (eq. 16 with 17, divided by r).
 */
import { mutated } from '../../src/core/mutant.js';
import type { Check, CheckContext, Claim, Measurement } from '../../src/core/theorem.js';
import {
  derivedLambda,
  directionGap,
  directionOdeInitial,
  directionOdeRhs,
  statedLambda,
} from '../../src/numeric/ctadam/direction-ode.js';
import type { LambdaForm } from '../../src/numeric/ctadam/direction-ode.js';
import { rotationUpdate } from '../../src/numeric/ctadam/index.js';
import { certifyAcrossTolerances, integrateOdeOrThrow } from '../../src/numeric/ode/index.js';
import { fitLogLogOrder } from '../../src/numeric/stats/index.js';
import { num, list } from '../../src/core/settings.js';

/** Λ as each check states it; its mutants: the stated r dropped, the derived coefficient doubled. */
function lambdaForm(c: Claim, ctx: Pick<CheckContext, 'input'>, which: 'stated' | 'derived'): LambdaForm {
  if (which === 'stated') return mutated(c, ctx, 'prop3-lambda-r-dropped') ? derivedLambda : statedLambda;
  return mutated(c, ctx, 'prop3-lambda-x2') ? { lambdaR: 0, lambdaUnit: 2 } : derivedLambda;
}

function gapAt(c: Claim, s: number, form: LambdaForm, rtol: number) {
  const [om0, mod, nu] = [num(c, 'omega0'), num(c, 'omegaMod'), num(c, 'nu')];
  const u = rotationUpdate((t) => om0 * (1 + mod * Math.sin(nu * t)));
  const T = num(c, 'T');
  const ts = Array.from({ length: 400 }, (_, i) => (T * (i + 1)) / 400);
  const sol = integrateOdeOrThrow(
    { rhs: directionOdeRhs(2, s, s, u, form), t0: 0, t1: T, y0: directionOdeInitial(list(c, 'w0'), s, u) },
    { rtol, atol: 1e-14, sampleAt: ts },
    `eqs. (7) and (9), η = λ = ${s}, T = ${T}`,
  );
  return { ...directionGap(2, sol.samples.y), nfev: sol.stats.nfev };
}

function orderCheck(name: string, which: 'stated' | 'derived'): Check {
  return {
    name,
    layer: 'ode',
    run(c, ctx): Measurement {
      const grid = list(c, 'jointGrid');
      const form = lambdaForm(c, ctx, which);
      let last: ReturnType<typeof gapAt>[] = [];
      const cert = certifyAcrossTolerances(
        (rtol) => {
          last = grid.map((s) => gapAt(c, s, form, rtol));
          return {
            value: fitLogLogOrder(
              grid,
              last.map((r) => r.gap),
            ).slope,
            nfev: last.reduce((a, r) => a + r.nfev, 0),
          };
        },
        num(c, 'rtol'),
      );
      const fit = fitLogLogOrder(
        grid,
        last.map((r) => r.gap),
      );
      return {
        measured: cert.value,
        method: `odex rtol ${num(c, 'rtol')} vs 100× tighter, eq. (9) with Λ = ${form.lambdaR ? '½ηr‖Ŵ′‖²' : `${form.lambdaUnit === 1 ? '' : form.lambdaUnit}½η‖Ŵ′‖²`} beside eq. (7), log–log fit of max_t ‖Ŵ − W/‖W‖‖ over η = λ = s ∈ {${grid.join(', ')}}`,
        work: cert.nfev,
        detail: {
          s: grid,
          gaps: last.map((r) => r.gap),
          // |‖Ŵ‖ − 1|: the ΛŴ term is what keeps eq. (9) on the unit sphere
          norm_drift: last.map((r) => r.normDrift),
          pairwise_slopes: fit.pairwise,
          agreed_digits: cert.agreedDigits,
          r0: Math.hypot(...list(c, 'w0')),
        },
      };
    },
  };
}

export const directionChecks: readonly Check[] = [
  orderCheck('prop3_eq9_order_joint', 'stated'),
  orderCheck('prop3_eq9_derived_lambda_order_joint', 'derived'),
];
