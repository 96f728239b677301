/** Symbolic layer: eq. (5) from the raw recurrences, fixed points (7), the Jacobian block A and (8)–(9) (spec 004 §1–§3). */
import { derive, identityCheck, substitute } from '../../proofs-check/index.js';
import type { CasLog } from '../../proofs-check/index.js';
import type { Check } from '../../src/core/theorem.js';

// Eq. (5) as strings in om, lam, x (k may be a symbol: with q > 0 and x > 0 it holds for real k).
const qOf = (om: string, lam: string) => `(1 - eta*(${om})*(${lam}))`;
const mapOmega = (om: string, lam: string, k: string) => `(b1*(${om})/${qOf(om, lam)}^(${k}-1) + 1 - b1)`;
const mapLambda = (om: string, lam: string, x: string, k: string) =>
  `((${lam})*${qOf(om, lam)}^(${k}-2)/sqrt(b2 + (1-b2)*(${lam})^2*(${x})^2*${qOf(om, lam)}^(2*(${k}-1))))`;
const mapX = (om: string, lam: string, x: string) => `(${qOf(om, lam)}*(${x}))`;

// Closed forms of spec 004 §2–§3 in b1, b2, eta, k.
const qs = (k: string) => `(b2^(1/(2*(${k}-2))))`;
const aOf = (k: string) => `(b1*${qs(k)}^(-(${k}-1)))`;
const omStar = (k: string) => `((1-b1)/(1-${aOf(k)}))`;
const lamStar = (k: string) => `((1-${qs(k)})*(1-${aOf(k)})/(eta*(1-b1)))`;
const A11 = (k: string) => `(${aOf(k)}*((${k}-1)-(${k}-2)*${qs(k)})/${qs(k)})`;
const A12 = (k: string) => `((${k}-1)*${aOf(k)}*eta*${omStar(k)}^2/${qs(k)})`;
const A21 = (k: string) => `(-(${k}-2)*eta*${lamStar(k)}^2/${qs(k)})`;
const A22 = (k: string) => `((${k}-1)-(${k}-2)/${qs(k)})`;
const sumAbs = (terms: string[]) => terms.map((t) => `abs(${t})`).join(' + ');

const rawDomain = { x: [0.1, 2], om: [0.2, 3], lam: [0.1, 2], eta: [0.001, 0.15], b1: [0, 0.999], b2: [0, 0.999], k: [4, 10] } as const;
// a < 1 on the whole rectangle: b2^{(k−1)/(2(k−2))} ≥ 0.6^{0.75} > 0.55
const fpDomain = { b1: [0, 0.55], b2: [0.6, 0.999], eta: [1e-4, 1], k: [4, 10] } as const;

/** ∂(ω′, λ′, x′)/∂(ω, λ, x) by CAS (each verified by 48-digit finite differences), at (ω*, λ*, 0). */
function jacobianAtFixedPoint(k: number, cas: CasLog): string[][] {
  const K = String(k);
  const comps = [mapOmega('om', 'lam', K), mapLambda('om', 'lam', 'x', K), mapX('om', 'lam', 'x')];
  const dom = { om: [0.5, 3], lam: [0.1, 2], x: [-1, 1], eta: [0.001, 0.15], b1: [0, 0.9], b2: [0.1, 0.999] } as const;
  return comps.map((f) =>
    ['om', 'lam', 'x'].map((v) => {
      let d = derive(f, v, 1, dom, cas);
      d = substitute(d, 'x', '0');
      d = substitute(d, 'om', omStar(K));
      return substitute(d, 'lam', lamStar(K));
    }),
  );
}

const jacobianCheck = (k: number): Check =>
  identityCheck(`jacobian_entries_k${k}`, (_c, cas) => {
    const J = jacobianAtFixedPoint(k, cas);
    const K = String(k);
    const det = `(${J[0][0]})*(${J[1][1]}) - (${J[0][1]})*(${J[1][0]})`;
    return {
      // A entries; zero off-diagonal blocks; x-eigenvalue q*; det A η-free (η is random in the domain)
      lhs: sumAbs([
        `(${J[0][0]}) - ${A11(K)}`, `(${J[0][1]}) - ${A12(K)}`, `(${J[1][0]}) - ${A21(K)}`, `(${J[1][1]}) - ${A22(K)}`,
        J[0][2], J[1][2], J[2][0], J[2][1], `(${J[2][2]}) - ${qs(K)}`, `${det} - b1*b2^(-${k}/(2*(${k}-2)))`,
      ]),
      rhs: '0',
      domain: { b1: [0.05, 0.5], b2: [0.6, 0.999], eta: [1e-4, 1] },
      // each derivative was already verified at 8 points by 48-digit finite differences; the long
      // substituted expressions cost ~20 ms per 48-digit evaluation, so fewer points here
      points: 6,
      numericOnly: true,
    };
  });

export const symbolicChecks: readonly Check[] = [
  identityCheck('normalised_map_identity', () => {
    // raw Adam (2) from a state with ω = m/x^{k−1}, λ = x^{k−2}/√v
    const m = 'om*x^(k-1)';
    const sv = '(x^(k-2)/lam)';
    const xn = `(x - eta*(${m})/${sv})`;
    const mn = `(b1*(${m}) + (1-b1)*${xn}^(k-1))`;
    const vn = `(b2*${sv}^2 + (1-b2)*${xn}^(2*(k-1)))`;
    return {
      lhs: sumAbs([`${mn}/${xn}^(k-1) - ${mapOmega('om', 'lam', 'k')}`, `${xn}^(k-2)/sqrt(${vn}) - ${mapLambda('om', 'lam', 'x', 'k')}`, `${xn} - ${mapX('om', 'lam', 'x')}`]),
      rhs: '0',
      domain: rawDomain,
      numericOnly: true,
    };
  }),
  identityCheck('fixed_points_substitution', () => ({
    lhs: sumAbs([
      `${mapOmega(omStar('k'), lamStar('k'), 'k')} - ${omStar('k')}`,
      `${mapLambda(omStar('k'), lamStar('k'), '0', 'k')} - ${lamStar('k')}`,
      `eta*${omStar('k')}*${lamStar('k')} - (1 - ${qs('k')})`,
      `${mapOmega('1', '0', 'k')} - 1`,
      mapLambda('1', '0', 'c', 'k'),
      `${mapX('1', '0', 'c')} - c`,
    ]),
    rhs: '0',
    domain: { ...fpDomain, c: [-3, 3] },
    numericOnly: true,
  })),
  jacobianCheck(4),
  jacobianCheck(6),
  jacobianCheck(8),
  identityCheck('jury_conditions_identity', () => {
    const T = `(${A11('k')} + ${A22('k')})`;
    const D = `(${A11('k')}*${A22('k')} - ${A12('k')}*${A21('k')})`;
    return {
      lhs: sumAbs([
        `1 - ${T} + ${D} - (k-2)*(1-${qs('k')})*(1-${aOf('k')})/${qs('k')}`,
        `${qs('k')}^k*(1 + ${T} + ${D}) - (b1*(k-(k-2)*${qs('k')}) - ${qs('k')}^(k-1)*((k-2)-k*${qs('k')}))`,
        `${D} - b1*b2^(-k/(2*(k-2)))`,
      ]),
      rhs: '0',
      domain: fpDomain,
      numericOnly: true,
    };
  }),
];
