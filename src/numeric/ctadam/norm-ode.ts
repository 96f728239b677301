/**
 * ctadam §4.2 / appendix C, J: the AdamW second-order ODE (eq. 4, eq. 7) for a weight vector,
 * theorem 2's norm formula (eq. 8) as its own ODE φ′ = −2λφ + η‖u‖², and the roots k± of
 * proposition 2's homogeneous equation.
 */

/** k± = 1/η ± √((1 − 2λη)/η²) (appendix C), roots of ½ηk² − k + λ = 0 for θ = e^{−kt}. */
export function kPlusMinus(eta: number, lambda: number): { plus: number; minus: number } {
  const plus = 1 / eta + Math.sqrt((1 - 2 * lambda * eta) / (eta * eta));
  // k₋ from k₊k₋ = 2λ/η (Vieta): the difference 1/η − √(…) cancels catastrophically for small λη
  return { plus, minus: (2 * lambda) / (eta * plus) };
}

/**
 * A perturbation of theorem 2's formula (eq. 8), for claim mutants only (the default `{}` is the theorem):
 * φ′ = −2·decay·λφ + gain·η‖u‖², i.e. e^{−2λ(t−τ)} → e^{−2·decay·λ(t−τ)} and η∫… → gain·η∫….
 */
export interface NormForm {
  readonly gain?: number;
  readonly decay?: number;
}

/** A prescribed update field u(t, W) for the weight ODE. */
export type UpdateField = (t: number, w: readonly number[]) => number[];

/**
 * Right-hand side of ½ηW″ + W′ + λW = −u(t, W) (eq. 7) as a first-order system with state
 * [W (d), W′ (d), ψ] where ψ′ = −2λψ + η‖u‖² integrates theorem 2's formula (eq. 8) alongside.
 */
export function weightOdeRhs(
  d: number,
  eta: number,
  lambda: number,
  u: UpdateField,
  form: NormForm = {},
): (t: number, y: readonly number[]) => number[] {
  return (t, y) => {
    const w = y.slice(0, d);
    const uw = u(t, w);
    const out = new Array<number>(2 * d + 1);
    let u2 = 0;
    for (let i = 0; i < d; i++) {
      out[i] = y[d + i];
      out[d + i] = (2 / eta) * (-uw[i] - lambda * y[i] - y[d + i]);
      u2 += uw[i] * uw[i];
    }
    out[2 * d] = -(form.decay ?? 1) * 2 * lambda * y[2 * d] + (form.gain ?? 1) * eta * u2;
    return out;
  };
}

/** Initial state on the slow manifold: W′(0) = −u(0) − λW(0) (removes the O(η) fast transient). */
export function weightOdeInitial(w0: readonly number[], lambda: number, u: UpdateField): number[] {
  const u0 = u(0, w0);
  const v0 = w0.map((w, i) => -u0[i] - lambda * w);
  const phi0 = w0.reduce((s, w) => s + w * w, 0);
  return [...w0, ...v0, phi0];
}

/** Rotation-type update u = ω(t)·J W/‖W‖ in 2-D (J a quarter turn): ⟨W, u⟩ = 0, ‖u‖ = |ω(t)|. */
export function rotationUpdate(omega: (t: number) => number, radial = 0): UpdateField {
  return (t, w) => {
    const r = Math.hypot(w[0], w[1]);
    const om = omega(t);
    // radial ≠ 0 adds a component along W: the non-orthogonal control (assumption 1 violated)
    return [(om * -w[1] + radial * w[0]) / r, (om * w[0] + radial * w[1]) / r];
  };
}

/**
 * Discrete form of theorem 2 for AdamW θ_{n+1} = θ_n − η(u_n + λθ_n) at t_n = nη:
 * φ̃_{n+1} = (1 − 2ηλ)φ̃_n + η²‖u_n‖² (Euler step of φ′ = −2λφ + η‖u‖², dt = η; `form` as in NormForm).
 */
export function discreteTheoremTwo(
  phi0: number,
  u2: ArrayLike<number>,
  eta: number,
  lambda: number,
  form: NormForm = {},
): Float64Array {
  const out = new Float64Array(u2.length + 1);
  out[0] = phi0;
  for (let n = 0; n < u2.length; n++)
    out[n + 1] = (1 - (form.decay ?? 1) * 2 * eta * lambda) * out[n] + (form.gain ?? 1) * eta * eta * u2[n];
  return out;
}

/** State of Adam with a coarse-grained second moment (assumption 2): m per entry, v one scalar. */
export interface CoarseAdamState {
  readonly step: number;
  readonly m: Float64Array;
  readonly v: number;
}

/**
 * One step of bias-corrected Adam under assumption 2 (§4.2): v ← βv + (1 − β)‖g‖²/N replaces the
 * per-entry g², so u = √(1 − β^{n+1})/(1 − γ^{n+1}) · m/√v is parallel to m. β = beta2, γ = beta1.
 */
export function coarseAdamDirection(
  beta: number,
  gamma: number,
  g: Float64Array,
  s: CoarseAdamState,
): { update: Float64Array; state: CoarseAdamState } {
  const n = g.length;
  const m = new Float64Array(n);
  let g2 = 0;
  for (let i = 0; i < n; i++) {
    m[i] = gamma * s.m[i] + (1 - gamma) * g[i];
    g2 += g[i] * g[i];
  }
  const v = beta * s.v + ((1 - beta) * g2) / n;
  const t = s.step + 1;
  const c = Math.sqrt(1 - beta ** t) / (1 - gamma ** t);
  const update = m.map((mi) => (v === 0 ? 0 : (c * mi) / Math.sqrt(v)));
  return { update, state: { step: t, m, v } };
}
