/** Symbolic layer: eq. (5) from the raw recurrences, fixed points (7), the Jacobian block A and (8)–(9) (spec 004 §1–§3). */
import { derive, identityCheck, substitute } from '../../proofs-check/index.js';
import type { CasLog, IdentitySpec } from '../../proofs-check/index.js';
import { mutated } from '../../src/core/mutant.js';
import type { Check, Claim } from '../../src/core/theorem.js';

// Eq. (5) as strings in om, lam, x (k may be a symbol: with q > 0 and x > 0 it holds for real k).
const qOf = (om: string, lam: string) => `(1 - eta*(${om})*(${lam}))`;
const mapOmega = (om: string, lam: string, k: string) => `(b1*(${om})/${qOf(om, lam)}^(${k}-1) + 1 - b1)`;
// `p` is the power of q in the λ-update: the claim's k − 2 (claim mutant 'map-lambda-power': k − 1)
const mapLambda = (om: string, lam: string, x: string, k: string, p = `${k}-2`) =>
  `((${lam})*${qOf(om, lam)}^(${p})/sqrt(b2 + (1-b2)*(${lam})^2*(${x})^2*${qOf(om, lam)}^(2*(${k}-1))))`;
const mapX = (om: string, lam: string, x: string) => `(${qOf(om, lam)}*(${x}))`;

// Closed forms of spec 004 §2–§3 in b1, b2, eta, k, with the claimed exponent of q* = β2^{1/(2(k−2))}
// (or, under the claim mutant 'q-star-exponent', β2^{1/(2k−3)}).
type Exponent = (k: string) => string;
const claimedExponent: Exponent = (k) => `1/(2*(${k}-2))`;
const mutantExponent: Exponent = (k) => `1/(2*${k}-3)`;
function closedForms(e: Exponent) {
  const qs = (k: string) => `(b2^(${e(k)}))`;
  const aOf = (k: string) => `(b1*${qs(k)}^(-(${k}-1)))`;
  const omStar = (k: string) => `((1-b1)/(1-${aOf(k)}))`;
  const lamStar = (k: string) => `((1-${qs(k)})*(1-${aOf(k)})/(eta*(1-b1)))`;
  const A11 = (k: string) => `(${aOf(k)}*((${k}-1)-(${k}-2)*${qs(k)})/${qs(k)})`;
  const A12 = (k: string) => `((${k}-1)*${aOf(k)}*eta*${omStar(k)}^2/${qs(k)})`;
  const A21 = (k: string) => `(-(${k}-2)*eta*${lamStar(k)}^2/${qs(k)})`;
  const A22 = (k: string) => `((${k}-1)-(${k}-2)/${qs(k)})`;
  return { qs, aOf, omStar, lamStar, A11, A12, A21, A22 };
}
type Forms = ReturnType<typeof closedForms>;
/** The closed forms this run compares with: the claim's, or the mutant's when the conformance suite asks. */
const formsFor = (m: (name: string) => boolean): Forms =>
  closedForms(m('q-star-exponent') ? mutantExponent : claimedExponent);
/** det A = β1 β2^{−k/(2(k−2))}, the form that gives (8); mutant 'condition8-exponent': β2^{−k/(2(k+2))}. */
const detClaimed = (k: string, m: (name: string) => boolean) =>
  m('condition8-exponent') ? `b1*b2^(-${k}/(2*(${k}+2)))` : `b1*b2^(-${k}/(2*(${k}-2)))`;

/** identityCheck whose builder sees the claim mutants of this run (the builder of proofs-check gets no context). */
function mutableIdentity(
  name: string,
  build: (c: Claim, cas: CasLog, m: (mutant: string) => boolean) => IdentitySpec,
): Check {
  return {
    name,
    layer: 'symbolic',
    run: (c, ctx) => identityCheck(name, (cl, cas) => build(cl, cas, (n) => mutated(c, ctx, n))).run(c, ctx),
  };
}
const sumAbs = (terms: string[]) => terms.map((t) => `abs(${t})`).join(' + ');

const rawDomain = {
  x: [0.1, 2],
  om: [0.2, 3],
  lam: [0.1, 2],
  eta: [0.001, 0.15],
  b1: [0, 0.999],
  b2: [0, 0.999],
  k: [4, 10],
} as const;
// a < 1 on the whole rectangle: b2^{(k−1)/(2(k−2))} ≥ 0.6^{0.75} > 0.55
const fpDomain = { b1: [0, 0.55], b2: [0.6, 0.999], eta: [1e-4, 1], k: [4, 10] } as const;

/** ∂(ω′, λ′, x′)/∂(ω, λ, x) by CAS (each verified by 48-digit finite differences), at (ω*, λ*, 0) of `f`. */
function jacobianAtFixedPoint(k: number, f: Forms, cas: CasLog): string[][] {
  const K = String(k);
  const comps = [mapOmega('om', 'lam', K), mapLambda('om', 'lam', 'x', K), mapX('om', 'lam', 'x')];
  const dom = { om: [0.5, 3], lam: [0.1, 2], x: [-1, 1], eta: [0.001, 0.15], b1: [0, 0.9], b2: [0.1, 0.999] } as const;
  return comps.map((g) =>
    ['om', 'lam', 'x'].map((v) => {
      let d = derive(g, v, 1, dom, cas);
      d = substitute(d, 'x', '0');
      d = substitute(d, 'om', f.omStar(K));
      return substitute(d, 'lam', f.lamStar(K));
    }),
  );
}

const jacobianCheck = (k: number): Check =>
  mutableIdentity(`jacobian_entries_k${k}`, (_c, cas, m) => {
    const f = formsFor(m);
    const J = jacobianAtFixedPoint(k, f, cas);
    const K = String(k);
    const det = `(${J[0][0]})*(${J[1][1]}) - (${J[0][1]})*(${J[1][0]})`;
    return {
      // A entries; zero off-diagonal blocks; x-eigenvalue q*; det A η-free (η is random in the domain)
      lhs: sumAbs([
        `(${J[0][0]}) - ${f.A11(K)}`,
        `(${J[0][1]}) - ${f.A12(K)}`,
        `(${J[1][0]}) - ${f.A21(K)}`,
        `(${J[1][1]}) - ${f.A22(K)}`,
        J[0][2],
        J[1][2],
        J[2][0],
        J[2][1],
        `(${J[2][2]}) - ${f.qs(K)}`,
        `${det} - ${detClaimed(K, m)}`,
      ]),
      rhs: '0',
      domain: { b1: [0.05, 0.5], b2: [0.6, 0.999], eta: [1e-4, 1] },
      // each derivative was already verified at 8 points by 48-digit finite differences; the long
      // substituted expressions cost ~20 ms per 48-digit evaluation, so fewer points here
      points: 6,
      numericOnly: true,
    };
  });

/**
 * Every identity here is a claimed step (eq. 5 from Adam (2), eq. 7 a fixed point of eq. 5, A the Jacobian of eq. 5
 * at eq. 7, (8)–(9) the Jury conditions of A) evaluated in 48 digits: evidence, each flipped by a perturbed claim.
 */
export const symbolicChecks: readonly Check[] = [
  mutableIdentity('normalised_map_identity', (_c, _cas, m) => {
    // raw Adam (2) from a state with ω = m/x^{k−1}, λ = x^{k−2}/√v
    const mom = 'om*x^(k-1)';
    const sv = '(x^(k-2)/lam)';
    const xn = `(x - eta*(${mom})/${sv})`;
    const mn = `(b1*(${mom}) + (1-b1)*${xn}^(k-1))`;
    const vn = `(b2*${sv}^2 + (1-b2)*${xn}^(2*(k-1)))`;
    const power = m('map-lambda-power') ? 'k-1' : 'k-2';
    return {
      lhs: sumAbs([
        `${mn}/${xn}^(k-1) - ${mapOmega('om', 'lam', 'k')}`,
        `${xn}^(k-2)/sqrt(${vn}) - ${mapLambda('om', 'lam', 'x', 'k', power)}`,
        `${xn} - ${mapX('om', 'lam', 'x')}`,
      ]),
      rhs: '0',
      domain: rawDomain,
      numericOnly: true,
    };
  }),
  mutableIdentity('fixed_points_substitution', (_c, _cas, m) => {
    const f = formsFor(m);
    return {
      lhs: sumAbs([
        `${mapOmega(f.omStar('k'), f.lamStar('k'), 'k')} - ${f.omStar('k')}`,
        `${mapLambda(f.omStar('k'), f.lamStar('k'), '0', 'k')} - ${f.lamStar('k')}`,
        `eta*${f.omStar('k')}*${f.lamStar('k')} - (1 - ${f.qs('k')})`,
        `${mapOmega('1', '0', 'k')} - 1`,
        mapLambda('1', '0', 'c', 'k'),
        `${mapX('1', '0', 'c')} - c`,
      ]),
      rhs: '0',
      domain: { ...fpDomain, c: [-3, 3] },
      numericOnly: true,
    };
  }),
  jacobianCheck(4),
  jacobianCheck(6),
  jacobianCheck(8),
  mutableIdentity('jury_conditions_identity', (_c, _cas, m) => {
    const f = formsFor(m);
    const T = `(${f.A11('k')} + ${f.A22('k')})`;
    const D = `(${f.A11('k')}*${f.A22('k')} - ${f.A12('k')}*${f.A21('k')})`;
    const q = f.qs('k');
    return {
      lhs: sumAbs([
        `1 - ${T} + ${D} - (k-2)*(1-${q})*(1-${f.aOf('k')})/${q}`,
        `${q}^k*(1 + ${T} + ${D}) - (b1*(k-(k-2)*${q}) - ${q}^(k-1)*((k-2)-k*${q}))`,
        `${D} - ${detClaimed('k', m)}`,
      ]),
      rhs: '0',
      domain: fpDomain,
      numericOnly: true,
    };
  }),
];
