/**
 * Discrete GD x_{t+1} = x_t − η x_t^{k−1} and EMA heavy ball m_t = βm_{t−1} + (1−β)g_t, x_{t+1} = x_t − ηm_t
 * (m_{−1} = g_0: the Euler step of ṁ = γ(g − m), ẋ = −ηm with β = 1 − γ, eq. 41–42) on L = x^k/k, x0 > 0.
 */

function check(k: number, eta: number, x0: number, beta: number): void {
  if (!(k >= 2 && k % 2 === 0)) throw new RangeError(`k must be an even integer ≥ 2, got ${k}`);
  if (!(eta > 0) || !(x0 > 0)) throw new RangeError(`eta and x0 must be positive, got ${eta}, ${x0}`);
  if (!(beta >= 0 && beta < 1)) throw new RangeError(`beta must be in [0, 1), got ${beta}`);
}

/** x_t at the increasing integer times `at` (β = 0: plain GD). */
export function descentAt(k: number, eta: number, x0: number, at: readonly number[], beta = 0): Float64Array {
  check(k, eta, x0, beta);
  const out = new Float64Array(at.length);
  let x = x0;
  let m = x0 ** (k - 1);
  let t = 0;
  for (let i = 0; i < at.length; i++) {
    if (!(Number.isInteger(at[i]) && at[i] >= t)) throw new RangeError(`sample times must be increasing integers`);
    for (; t < at[i]; t++) {
      m = beta * m + (1 - beta) * x ** (k - 1);
      x -= eta * m;
    }
    out[i] = x;
  }
  return out;
}

/** T_ε: the first t with |x_t| ≤ ε (Remark 5.2), or −1 if not reached within maxSteps. */
export function hittingTime(k: number, eta: number, x0: number, eps: number, maxSteps: number, beta = 0): number {
  check(k, eta, x0, beta);
  let x = x0;
  let m = x0 ** (k - 1);
  for (let t = 0; t <= maxSteps; t++) {
    if (Math.abs(x) <= eps) return t;
    m = beta * m + (1 - beta) * x ** (k - 1);
    x -= eta * m;
  }
  return -1;
}
