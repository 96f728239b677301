/**
 * Pure kernel: how far a recorded Adam state (β1 = β2 = β) is from proposition 1's recursion, in units of
 * the rounding of the arithmetic that produced it. Inputs: g_1..g_K (g[k−1]) and m_0..m_K, v_0..v_K.
 *
 * One step: r_k = s_k − βs_{k−1} − w·(M − g_k)², s = v − m², M = m_{k−1} (or m_k). For states computed in
 * arithmetic of unit roundoff u from the recorded m', v', g (first order in u):
 *   |δv_k| ≤ 4u(βv' + (1−β)g²), |δm_k| ≤ 3u(β|m'| + (1−β)|g|)  (β, 1 − β rounded, products, sum);
 *   the rounded constants sum to 1 + d, |d| ≤ u, which adds d(βm'² + (1−β)g²) to r_k;
 *   they differ from β by ≤ uβ, which moves βs' and β(1−β)(m' − g)² by ≤ u times themselves;
 * so |r_k| ≤ τ_k = u[4A_v + 6|m_k|A_m + βm'² + (1−β)g² + 2β(|s'| + (1−β)(m' − g)²)] + 4u₆₄S_k,
 * S_k the magnitudes r_k is evaluated from in float64, times (1 + 16u) for the second-order terms; where
 * values are subnormal each rounding errs by up to η (the least subnormal, twice the worst case) absolutely, which adds
 * η(4 + 6|m_k|) for the state and 8η₆₄ for the float64 evaluation.
 * Unrolled: e_k = βe_{k−1} + w(M − g_k)², e_0 = s_0; D_k = s_k − e_k = βD_{k−1} + r_k − ρ_k with ρ_k
 * e's own float64 rounding, so |D_k| ≤ T_k = βT_{k−1} + τ_k + 5u₆₄(β|e_{k−1}| + |w|(M − g_k)²).
 */

/** Rounding of an IEEE binary format: unit roundoff u (relative) and η, its least subnormal (≥ any absolute error of one rounding). */
export interface Rounding {
  readonly u: number;
  readonly eta: number;
}

/** IEEE binary16, binary32, binary64 by width: significand p and least exponent give u = 2^−p, η = 2^(emin − p + 1). */
export function rounding(bits: number): Rounding {
  const format: Record<number, { p: number; emin: number }> = {
    16: { p: 11, emin: -14 },
    32: { p: 24, emin: -126 },
    64: { p: 53, emin: -1022 },
  };
  const f = format[bits];
  if (f === undefined) throw new RangeError(`no IEEE binary float of ${bits} bits`);
  return { u: 2 ** -f.p, eta: 2 ** (f.emin - f.p + 1) };
}
export const float64 = rounding(64);
export const float32 = rounding(32);

export interface RecursionCheck {
  /** max_k |r_k| / τ_k. */
  readonly stepRatio: number;
  /** max_k |s_k − e_k| / T_k. */
  readonly unrolledRatio: number;
  /** Step where stepRatio is reached (1-based) and its |r_k|, τ_k. */
  readonly worstStep: number;
  readonly worstResidual: number;
  readonly worstBound: number;
  /** mean over k of s_k / v_k (the share of v that is the EMA of innovations) over the steps with v_k > 0; NaN if none. */
  readonly varianceShare: number;
}

/** `weight` w(β) and `current` (M = m_k) of the form checked; `arith` the rounding of the arithmetic that produced m, v. */
export function checkRecursion(
  g: Float64Array,
  m: Float64Array,
  v: Float64Array,
  beta: number,
  weight: number,
  current: boolean,
  arith: Rounding,
): RecursionCheck {
  const { u, eta } = arith;
  const u64 = float64.u;
  const eta64 = float64.eta;
  const K = g.length;
  if (m.length !== K + 1 || v.length !== K + 1) throw new RangeError('m and v need K + 1 entries (m_0 … m_K)');
  const second = 1 + 16 * u;
  let e = v[0] - m[0] * m[0];
  let T = 2 * u64 * (Math.abs(v[0]) + m[0] * m[0]);
  let stepRatio = 0;
  let unrolledRatio = 0;
  let worstStep = 0;
  let worstResidual = 0;
  let worstBound = 0;
  let share = 0;
  let shared = 0;
  for (let k = 1; k <= K; k++) {
    const gk = g[k - 1];
    const mp = m[k - 1];
    const vp = v[k - 1];
    const mk = m[k];
    const vk = v[k];
    const sp = vp - mp * mp;
    const sk = vk - mk * mk;
    const inn = (current ? mk : mp) - gk;
    const q = weight * inn * inn;
    const r = sk - beta * sp - q;
    const Av = beta * Math.abs(vp) + (1 - beta) * gk * gk;
    const Am = beta * Math.abs(mp) + (1 - beta) * Math.abs(gk);
    const prev = mp - gk;
    const state =
      4 * Av +
      6 * Math.abs(mk) * Am +
      beta * mp * mp +
      (1 - beta) * gk * gk +
      2 * beta * (Math.abs(sp) + (1 - beta) * prev * prev);
    const S = Math.abs(vk) + mk * mk + beta * (Math.abs(vp) + mp * mp) + Math.abs(q);
    const tau = (u * state + 4 * u64 * S) * second + eta * (4 + 6 * Math.abs(mk)) + 8 * eta64;
    const ratio = r === 0 ? 0 : Math.abs(r) / tau;
    if (!(ratio <= stepRatio)) {
      stepRatio = ratio;
      worstStep = k;
      worstResidual = Math.abs(r);
      worstBound = tau;
    }
    T = beta * T + tau + 5 * u64 * (beta * Math.abs(e) + Math.abs(q)) + 2 * eta64;
    e = beta * e + q;
    const D = sk === e ? 0 : Math.abs(sk - e) / T;
    if (!(D <= unrolledRatio)) unrolledRatio = D;
    if (vk > 0) {
      share += sk / vk;
      shared++;
    }
  }
  return {
    stepRatio,
    unrolledRatio,
    worstStep,
    worstResidual,
    worstBound,
    varianceShare: shared ? share / shared : NaN,
  };
}
