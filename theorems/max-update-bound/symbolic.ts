/** Symbolic steps of theorem 1's proof (appendix D) and the normal curves of §3 (spec 003 §1). */
import { derive, identityCheck, substitute } from '../../proofs-check/index.js';
import type { CasLog, IdentitySpec } from '../../proofs-check/index.js';
import { mutated } from '../../src/core/mutant.js';
import { createRng } from '../../src/core/rng.js';
import type { Check, Claim } from '../../src/core/theorem.js';
import { cOf } from '../../src/numeric/ctadam/index.js';

/** An identity check whose claimed side may be perturbed by a claim mutant: `is(name)` is true while that mutant runs. */
function claimedIdentity(
  name: string,
  build: (c: Claim, cas: CasLog, is: (mutant: string) => boolean) => IdentitySpec,
): Check {
  return {
    name,
    layer: 'symbolic',
    run: (c, ctx) => identityCheck(name, (claim, cas) => build(claim, cas, (m) => mutated(c, ctx, m))).run(c, ctx),
  };
}

// b = paper β (second-moment rate), g = paper γ (first-moment rate)
const rates = { b: [0.01, 0.99], g: [0.01, 0.99] } as const;
const cExpr = '((2*b*(1-g) - g*(1-b))/(b*g))';

export const symbolicChecks: readonly Check[] = [
  claimedIdentity('c_simplified', (_c, _cas, is) => ({
    lhs: cExpr,
    rhs: is('c-drop-constant') ? '2/g - 1/b' : '2/g - 1/b - 1',
    domain: rates,
  })),
  // eq. (13): e^{−(1−γ)(t−τ)/γ} = e^{−C(t−τ)/2}·e^{−(1−β)(t−τ)/(2β)} needs exactly this exponent split
  claimedIdentity('cauchy_schwarz_split', (_c, _cas, is) => ({
    lhs: '(1-g)/g',
    rhs: `${cExpr}${is('split-full-C') ? '' : '/2'} + (1-b)/(2*b)`,
    domain: rates,
  })),
  claimedIdentity('kernel_integral', (_c, cas, is) => {
    // F(t) = (1 − e^{−Ct})/C is the integral iff F′ = 1 − CF (Leibniz on the integral) and F(0) = 0
    const F = is('kernel-integral-2C') ? '(1 - exp(-C*t))/(2*C)' : '(1 - exp(-C*t))/C';
    const dom = { C: [-3, 3], t: [0, 5] } as const;
    return { lhs: `(${derive(F, 't', 1, dom, cas)}) + C*(${F}) + (${substitute(F, 't', '0')})`, rhs: '1', domain: dom };
  }),
  {
    name: 'beta_gt_gamma_implies_c_positive',
    layer: 'symbolic',
    run(c, ctx) {
      const rng = createRng(ctx.seed, 'beta-gt-gamma');
      const n = c.settings.positivityPoints as number;
      let minC = Infinity;
      let minRatio = Infinity;
      let at: Record<string, number> = {};
      const weakened = mutated(c, ctx, 'sufficient-condition-weakened');
      for (let i = 0; i < n; i++) {
        // γ below the stated limit β (uniformly on the triangle), β ∈ (0, 1); the mutant states γ < √β instead
        const beta = rng.uniform(1e-6, 1);
        const gamma = (weakened ? Math.sqrt(beta) : beta) * rng.uniform(1e-6, 1);
        const C = cOf(beta, gamma);
        if (C < minC) {
          minC = C;
          at = { beta, gamma };
        }
        // C − (1 − β)/β = 2(1/γ − 1/β) > 0 for γ < β: the reason β > γ suffices
        minRatio = Math.min(minRatio, (C * beta) / (1 - beta));
      }
      return {
        measured: minC,
        method: `min C over ${n} seeded points with γ < ${weakened ? '√β' : 'β'}`,
        work: n,
        detail: { min_C_over_a_beta: minRatio, at_beta: at.beta, at_gamma: at.gamma },
        counterexample: at,
      };
    },
  },
  // S_∞ = (1 − γ)/√(1 − β)/√(1 − γ²/β) against the C > 0 bound (1 − γ)/γ·√(β/(1 − β))/√C: equality iff β = γ
  claimedIdentity('discrete_sup_gap_identity', (_c, _cas, is) => ({
    lhs: `1 - (g^2*${cExpr}/b)/(1 - g^2/b)`,
    rhs: is('sup-gap-unsquared') ? '(b - g)/(b*(b - g^2))' : '(b - g)^2/(b*(b - g^2))',
    domain: { b: [0.3, 0.99], g: [0.01, 0.29] },
  })),
  claimedIdentity('normal_curve_orthogonality', (_c, cas, is) => {
    // tangent (1, γ′) of γ(β) = (κ − 2β³)^{1/3} against the level-set tangent (−∂C/∂γ, ∂C/∂β) = (2/γ², 1/β²)
    const G = is('normal-curve-coefficient') ? '(2*b0^3 + g0^3 - b^3)^(1/3)' : '(2*b0^3 + g0^3 - 2*b^3)^(1/3)';
    const dom = { b0: [0.3, 0.99], g0: [0.3, 0.99], b: [0.05, 0.3] } as const;
    const dG = derive(G, 'b', 1, dom, cas);
    const dCdb = derive(`2/gg - 1/b - 1`, 'b', 1, { ...dom, gg: [0.1, 0.9] }, cas);
    const dCdg = derive(`2/gg - 1/b - 1`, 'gg', 1, { ...dom, gg: [0.1, 0.9] }, cas);
    const levelTangent = [`-(${substitute(dCdg, 'gg', G)})`, substitute(dCdb, 'gg', G)];
    return { lhs: `${levelTangent[0]} + (${dG})*(${levelTangent[1]})`, rhs: '0', domain: dom };
  }),
];
