/**
 * ctadam proposition 3 / appendix J: the unit direction Ŵ = W/‖W‖ of a weight obeying eq. (7), against
 * eq. (9) ½ηŴ″ + Ŵ′ + ΛŴ = −u_W/‖W‖ integrated alongside it (r = ‖W‖ read from eq. (7)'s own state).
 * Λ = lambdaR·½η r‖Ŵ′‖² + lambdaUnit·½η‖Ŵ′‖²: the paper states Λ = ½ηr‖Ŵ′‖² (lambdaR = 1); dividing
 * eq. (16) by r after substituting (17) gives ½η‖Ŵ′‖² (lambdaUnit = 1).
 */
import type { UpdateField } from './norm-ode.js';

export interface LambdaForm {
  readonly lambdaR: number;
  readonly lambdaUnit: number;
}

/** The paper's Λ = ½ηr‖Ŵ′‖² (eq. 9 and appendix J). */
export const statedLambda: LambdaForm = { lambdaR: 1, lambdaUnit: 0 };
/** Λ = ½η‖Ŵ′‖², the coefficient that (16) and (17) give after dividing by r. */
export const derivedLambda: LambdaForm = { lambdaR: 0, lambdaUnit: 1 };

/**
 * Right-hand side of eq. (7) for W ∈ ℝ^d together with eq. (9) for Ŵ: state [W, W′, Ŵ, Ŵ′] (4d entries).
 */
export function directionOdeRhs(
  d: number,
  eta: number,
  lambda: number,
  u: UpdateField,
  form: LambdaForm,
): (t: number, y: readonly number[]) => number[] {
  return (t, y) => {
    const w = y.slice(0, d);
    const uw = u(t, w);
    let r2 = 0;
    let p2 = 0;
    for (let i = 0; i < d; i++) {
      r2 += w[i] * w[i];
      p2 += y[3 * d + i] * y[3 * d + i];
    }
    const r = Math.sqrt(r2);
    const big = 0.5 * eta * p2 * (form.lambdaR * r + form.lambdaUnit);
    const out = new Array<number>(4 * d);
    for (let i = 0; i < d; i++) {
      out[i] = y[d + i];
      out[d + i] = (2 / eta) * (-uw[i] - lambda * y[i] - y[d + i]);
      out[2 * d + i] = y[3 * d + i];
      out[3 * d + i] = (2 / eta) * (-uw[i] / r - big * y[2 * d + i] - y[3 * d + i]);
    }
    return out;
  };
}

/** Initial state: W′(0) = −u(0) − λW(0) (slow manifold of eq. 7), Ŵ(0) = W/r, Ŵ′(0) = (W′ − ṙŴ)/r. */
export function directionOdeInitial(w0: readonly number[], lambda: number, u: UpdateField): number[] {
  const u0 = u(0, w0);
  const v0 = w0.map((w, i) => -u0[i] - lambda * w);
  const r = Math.hypot(...w0);
  const hat = w0.map((w) => w / r);
  const rdot = hat.reduce((s, h, i) => s + h * v0[i], 0);
  return [...w0, ...v0, ...hat, ...v0.map((v, i) => (v - rdot * hat[i]) / r)];
}

/** max over the samples of ‖Ŵ_(9) − W/‖W‖‖ and of |‖Ŵ_(9)‖ − 1|, from samples of the state above. */
export function directionGap(d: number, ys: readonly (readonly number[])[]): { gap: number; normDrift: number } {
  let gap = 0;
  let normDrift = 0;
  for (const y of ys) {
    let r2 = 0;
    let h2 = 0;
    for (let i = 0; i < d; i++) {
      r2 += y[i] * y[i];
      h2 += y[2 * d + i] * y[2 * d + i];
    }
    const r = Math.sqrt(r2);
    let e2 = 0;
    for (let i = 0; i < d; i++) e2 += (y[2 * d + i] - y[i] / r) ** 2;
    gap = Math.max(gap, Math.sqrt(e2));
    normDrift = Math.max(normDrift, Math.abs(Math.sqrt(h2) - 1));
  }
  return { gap, normDrift };
}
