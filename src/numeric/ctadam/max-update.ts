/**
 * ctadam §3 / appendix D: the max-update bound of theorem 1 (eq. 5, eq. 14) and the exact
 * discrete worst case S_n of bias-corrected Adam (spec 003 §1, beyond the paper).
 * Paper naming: β = second-moment rate (our beta2), γ = first-moment rate (our beta1).
 * Everything is computed in log space so that B− cells with n = 10⁴ do not overflow.
 */

/** C(β, γ) = (2β(1 − γ) − γ(1 − β))/(βγ), the constant of theorem 1 (appendix D, after eq. 13). */
export function cOf(beta: number, gamma: number): number {
  return (2 * beta * (1 - gamma) - gamma * (1 - beta)) / (beta * gamma);
}

/** Stability region of theorem 1: B+ (C > 0), B0 (C = 0), B− (C < 0). */
export type Region = 'B+' | 'B0' | 'B-';

/** The region of (β, γ) by the sign of C. */
export function region(beta: number, gamma: number): Region {
  const c = cOf(beta, gamma);
  return c > 0 ? 'B+' : c < 0 ? 'B-' : 'B0';
}

/** ln of the bias-correction factor √(1 − β^{n+1})/(1 − γ^{n+1}) (eq. 3 at t = nη^p). */
export function logBiasFactor(beta: number, gamma: number, n: number): number {
  return 0.5 * Math.log(-Math.expm1((n + 1) * Math.log(beta))) - Math.log(-Math.expm1((n + 1) * Math.log(gamma)));
}

/**
 * A perturbation of theorem 1's bound, for claim mutants only (the default `{}` is the theorem): the whole
 * bound × `scale`, and the B− exponent n|C|/2 × `minusRate`. Every function below that evaluates the bound
 * takes it, so that one definition of eq. (5) serves the checks and the figure-3 experiment alike.
 */
export interface BoundForm {
  readonly scale?: number;
  readonly minusRate?: number;
}

/** ln B_n(β, γ) of theorem 1: −½ ln C (C > 0), ½ ln n (C = 0), n|C|/2 − ½ ln|C| (C < 0); n may be a real time t = nη^p. */
export function logBn(beta: number, gamma: number, n: number, form: BoundForm = {}): number {
  const c = cOf(beta, gamma);
  if (c > 0) return -0.5 * Math.log(c);
  if (c === 0) return 0.5 * Math.log(n);
  return ((form.minusRate ?? 1) * (n * -c)) / 2 - 0.5 * Math.log(-c);
}

/** ln of the theorem-1 bound on ‖u_n‖∞ (eq. 5): bias · (1 − γ)/γ · √(β/(1 − β)) · B_n. */
export function logTheoremOneBound(beta: number, gamma: number, n: number, form: BoundForm = {}): number {
  return (
    logBiasFactor(beta, gamma, n) +
    Math.log((1 - gamma) / gamma) +
    0.5 * Math.log(beta / (1 - beta)) +
    logBn(beta, gamma, n, form) +
    Math.log(form.scale ?? 1)
  );
}

/** The theorem-1 bound on ‖u_n‖∞ (may be +∞ in B− for large n). */
export function theoremOneBound(beta: number, gamma: number, n: number, form: BoundForm = {}): number {
  return Math.exp(logTheoremOneBound(beta, gamma, n, form));
}

/**
 * Theorem 1's bound without the bias factor, (1 − γ)/γ·√(β/(1 − β))·B_t: the bound on |m/√v| of lemma 1's
 * continuous moving averages at time t (eq. 14, last line; the bias factors multiply u and the bound alike).
 */
export function continuousBound(beta: number, gamma: number, t: number, form: BoundForm = {}): number {
  return Math.exp(
    Math.log((1 - gamma) / gamma) +
      0.5 * Math.log(beta / (1 - beta)) +
      logBn(beta, gamma, t, form) +
      Math.log(form.scale ?? 1),
  );
}

/** ln Σ_{j=0}^{n} q^j for q > 0, stable for q ≈ 1 and for q^{n+1} beyond float64 range. */
export function logGeometricSum(q: number, n: number): number {
  const l = Math.log(q);
  if (l === 0) return Math.log(n + 1);
  if (l < 0) return Math.log(-Math.expm1((n + 1) * l)) - Math.log(-Math.expm1(l));
  return (n + 1) * l + Math.log(-Math.expm1(-(n + 1) * l)) - Math.log(Math.expm1(l));
}

/**
 * ln S_n, S_n = sup_g |u_n| = √(1 − β^{n+1})/(1 − γ^{n+1}) · (1 − γ)/√(1 − β) · √(Σ_{j≤n} (γ²/β)^j)
 * (Cauchy–Schwarz on the finite sums m_n = (1 − γ)Σγ^j g_{n−j}, v_n = (1 − β)Σβ^j g²_{n−j}).
 */
export function logDiscreteWorstCase(beta: number, gamma: number, n: number): number {
  return (
    logBiasFactor(beta, gamma, n) +
    Math.log(1 - gamma) -
    0.5 * Math.log(1 - beta) +
    0.5 * logGeometricSum((gamma * gamma) / beta, n)
  );
}

/** S_n (may be +∞ when γ² > β and n is large). */
export function discreteWorstCase(beta: number, gamma: number, n: number): number {
  return Math.exp(logDiscreteWorstCase(beta, gamma, n));
}

/**
 * The gradient sequence attaining S_n for every n at once: g_i = (β/γ)^i, i.e. g_{n−j} ∝ (γ/β)^j
 * (equality in Cauchy–Schwarz: γ^j g_{n−j} ∝ β^j g_{n−j}² ⇔ g_{n−j} ∝ (γ/β)^j).
 */
export function extremalGradients(beta: number, gamma: number, count: number): Float64Array {
  const g = new Float64Array(count);
  const r = beta / gamma;
  let x = 1;
  for (let i = 0; i < count; i++, x *= r) g[i] = x;
  return g;
}

/** Result of scanning n = 0..N at one (β, γ): the largest S_n / bound_n and where. */
export interface BoundScan {
  /** max_n S_n / bound_n (≤ 1 ⇔ the bound holds for discrete Adam at every n ≤ N). */
  readonly worstRatio: number;
  /** The n attaining it. */
  readonly worstN: number;
  /** Number of n evaluated. */
  readonly evaluated: number;
}

/**
 * Scan S_n / bound_n for all n = 0..N in linear space, by running products; valid where γ² < β
 * and C > 0 (everything bounded: B+ ⊂ {γ² < β}, spec 003 §1).
 */
export function scanBoundPlus(beta: number, gamma: number, nMax: number, form: BoundForm = {}): BoundScan {
  const c = cOf(beta, gamma);
  const q = (gamma * gamma) / beta;
  // S_n / bound_n = [(1 − γ)/√(1 − β)·√Σ] / [(1 − γ)/γ·√(β/(1 − β))/√C] = γ√(C/β)·√Σ_n; bias factors cancel
  // (form.minusRate does not enter: B+ only)
  const k = (gamma * Math.sqrt(c / beta)) / (form.scale ?? 1);
  let sum = 0;
  let qp = 1;
  let worstSum = 0;
  let worstN = 0;
  for (let n = 0; n <= nMax; n++) {
    sum += qp;
    qp *= q;
    if (sum > worstSum) {
      worstSum = sum;
      worstN = n;
    }
  }
  return { worstRatio: k * Math.sqrt(worstSum), worstN, evaluated: nMax + 1 };
}

/** Scan ln(S_n / bound_n) in log space at the given n (any region). */
export function scanLogRatio(beta: number, gamma: number, ns: readonly number[], form: BoundForm = {}): BoundScan {
  let worst = -Infinity;
  let worstN = 0;
  for (const n of ns) {
    const r = logDiscreteWorstCase(beta, gamma, n) - logTheoremOneBound(beta, gamma, n, form);
    if (r > worst) {
      worst = r;
      worstN = n;
    }
  }
  return { worstRatio: Math.exp(worst), worstN, evaluated: ns.length };
}

/** Growth exponents in B−: continuous |C|/2 (theorem 1) and discrete ½ ln(γ²/β) (S_n). */
export function growthExponents(beta: number, gamma: number): { continuous: number; discrete: number } {
  return { continuous: Math.abs(cOf(beta, gamma)) / 2, discrete: 0.5 * Math.log((gamma * gamma) / beta) };
}

/**
 * Continuous moving averages of lemma 1 with η^p = 1 (time in steps): m′ = a_γ(g − m),
 * v′ = a_β(g² − v), a_α = (1 − α)/α; returns the ODE right-hand side for state [m, v].
 */
export function lemmaOneRhs(
  beta: number,
  gamma: number,
  g: (t: number) => number,
): (t: number, y: readonly number[]) => number[] {
  const ag = (1 - gamma) / gamma;
  const ab = (1 - beta) / beta;
  return (t, y) => {
    const gt = g(t);
    return [ag * (gt - y[0]), ab * (gt * gt - y[1])];
  };
}

/** Eq. (14), first line: |m/√v| ≤ (1 − γ)/γ·√(β/(1 − β))·√((1 − e^{−Ct})/C) (any sign of C); form.scale as in BoundForm. */
export function continuousTightBound(beta: number, gamma: number, t: number, form: BoundForm = {}): number {
  const c = cOf(beta, gamma);
  const kernel = c === 0 ? t : -Math.expm1(-c * t) / c;
  return ((1 - gamma) / gamma) * Math.sqrt(beta / (1 - beta)) * Math.sqrt(kernel) * (form.scale ?? 1);
}

/** The continuous signal attaining equality in eq. (13): g(τ) = e^{(a_γ − a_β)τ}. */
export function extremalSignal(beta: number, gamma: number): (t: number) => number {
  const rate = (1 - gamma) / gamma - (1 - beta) / beta;
  return (t) => Math.exp(rate * t);
}
