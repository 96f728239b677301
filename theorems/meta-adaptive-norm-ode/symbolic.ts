/** Symbolic steps of proposition 2 (appendix C), lemma 2 (appendix K), theorem 2 and proposition 3 (appendix J). */
import { derive, identityCheck, substitute } from '../../proofs-check/index.js';
import type { CasLog, IdentitySpec } from '../../proofs-check/index.js';
import { mutated } from '../../src/core/mutant.js';
import type { Check, Claim } from '../../src/core/theorem.js';

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

// ‖u(τ)‖² = a + b e^{−cτ}: ∫₀ᵗ e^{−2λ(t−τ)}‖u‖²dτ = a(1 − e^{−2λt})/(2λ) + b(e^{−ct} − e^{−2λt})/(2λ − c)
const phiOf = (gain: string) =>
  `p0*exp(-2*lam*t) + ${gain}eta*(a*(1 - exp(-2*lam*t))/(2*lam) + b*(exp(-c*t) - exp(-2*lam*t))/(2*lam - c))`;
const phiDomain = {
  p0: [0.1, 3],
  lam: [0.01, 0.4],
  eta: [0.001, 0.1],
  a: [0.1, 2],
  b: [0.1, 2],
  c: [1, 3],
  t: [0, 10],
} as const;

/** Residual of ½ηθ″ + θ′ + λθ for θ = e^{−Kt}, divided by θ, with K := k. */
function characteristic(k: string, cas: CasLog): IdentitySpec {
  const dom = { eta: [0.001, 0.1], lam: [0, 4], t: [0, 0.01], K: [1, 2000] } as const;
  const th = 'exp(-K*t)';
  const ode = `(0.5*eta*(${derive(th, 't', 2, dom, cas)}) + (${derive(th, 't', 1, dom, cas)}) + lam*${th})/${th}`;
  return {
    lhs: substitute(ode, 'K', `(${k})`),
    rhs: '0',
    domain: { eta: dom.eta, lam: [0, 4], t: dom.t },
    numericOnly: true,
  };
}

const norm3 = 'sqrt(w1^2 + w2^2 + w3^2)';
const wDomain = { w1: [0.2, 2], w2: [-2, -0.2], w3: [0.2, 2] } as const;
/** ⟨W, ∇L⟩ for a loss of three coordinates. */
function radialDerivative(L: string, cas: CasLog): string {
  return ['w1', 'w2', 'w3'].map((w) => `${w}*(${derive(L, w, 1, wDomain, cas)})`).join(' + ');
}

// a concrete curve W(t) = (a + t², t) and its direction Ŵ = W/‖W‖ (W/‖W‖² under the mutant hat-not-unit)
const curve = ['(a + t^2)', 't'];
const hatOf = (unit: boolean) =>
  curve.map((x) => (unit ? `${x}/sqrt(${curve[0]}^2 + ${curve[1]}^2)` : `${x}/(${curve[0]}^2 + ${curve[1]}^2)`));
const curveDomain = { a: [0.1, 2], t: [-2, 2] } as const;

// numericOnly: nerdamer's simplify of these sums of radicals takes seconds and stays inconclusive;
// the derivatives are still CAS-derived and checked by finite differences, the identity at 48 digits
export const symbolicChecks: readonly Check[] = [
  claimedIdentity('phi_solves_ode', (_c, cas, is) => {
    const phi = phiOf(is('phi-gain-x2') ? '2*' : '');
    // φ′ + 2λφ − η‖u‖² + (φ(0) − φ0) = 0 pins both the ODE and the initial value
    return {
      lhs: `(${derive(phi, 't', 1, phiDomain, cas)}) + 2*lam*(${phi}) - eta*(a + b*exp(-c*t)) + (${substitute(phi, 't', '0')}) - p0`,
      rhs: '0',
      domain: phiDomain,
      numericOnly: true,
    };
  }),
  claimedIdentity('k_plus_root', (_c, cas, is) =>
    characteristic(`1/eta + sqrt((1 - ${is('k-discriminant') ? '' : '2*'}lam*eta)/eta^2)`, cas),
  ),
  claimedIdentity('k_minus_root', (_c, cas, is) =>
    characteristic(`1/eta - sqrt((1 - ${is('k-discriminant') ? '' : '2*'}lam*eta)/eta^2)`, cas),
  ),
  // the mutant drops lemma 2's hypothesis: degree −1 (ratio loss) and a non-homogeneous exponent (smooth loss)
  claimedIdentity('lemma2_ratio_loss', (_c, cas, is) => ({
    lhs: radialDerivative(
      is('lemma2-not-scale-invariant')
        ? `(w1 + 2*w2)^2/(${norm3})^3 + w3/(${norm3})^2`
        : `(w1 + 2*w2)^2/(${norm3})^2 + w3/${norm3}`,
      cas,
    ),
    rhs: '0',
    domain: wDomain,
    numericOnly: true,
  })),
  claimedIdentity('lemma2_smooth_loss', (_c, cas, is) => ({
    lhs: radialDerivative(
      is('lemma2-not-scale-invariant') ? `exp(w1*w2/${norm3})` : `exp(w1*w2/(w1^2 + w2^2 + w3^2))`,
      cas,
    ),
    rhs: '0',
    domain: wDomain,
    numericOnly: true,
  })),
  claimedIdentity('prop3_first_projection', (_c, cas, is) => {
    const hat = hatOf(!is('hat-not-unit'));
    return {
      lhs: hat.map((h) => `(${derive(h, 't', 1, curveDomain, cas)})*(${h})`).join(' + '),
      rhs: '0',
      domain: curveDomain,
      numericOnly: true,
    };
  }),
  claimedIdentity('prop3_second_projection', (_c, cas, is) => {
    const hat = hatOf(!is('hat-not-unit'));
    // Ŵ″ as the derivative of the (checked) Ŵ′: one CAS pass per order instead of a fresh second derivative
    const first = hat.map((h) => derive(h, 't', 1, curveDomain, cas));
    return {
      lhs: hat.map((h, i) => `(${derive(first[i], 't', 1, curveDomain, cas)})*(${h})`).join(' + '),
      rhs: `-(${first.map((d) => `(${d})^2`).join(' + ')})`,
      domain: curveDomain,
      numericOnly: true,
    };
  }),
];
