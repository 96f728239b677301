/**
 * The gsi referee's experiment (seed 002, "what would settle it"): how much the Adam update moves when only
 * the current gradient is rescaled, g_t → c·g_t, with the moments (m_{t−1}, v_{t−1}) that a real gradient
 * history produced. u_t(c) = M/√V with M = β1 m + (1 − β1) c g, V = β2 v + (1 − β2) c² g² (ε = 0; the bias
 * corrections are one factor for all c and cancel in both measures below):
 *   gap(c) = ‖u(c) − u(1)‖ / ‖u(1)‖,   direction(c) = ‖u(c)/‖u(c)‖ − u(1)/‖u(1)‖‖.
 * Pure kernels on Float64Array; the caller supplies the history.
 */

/** gap(c) and direction(c) for every c of `cs`, written into `gap` and `direction` (length cs.length). */
export function scaleResponse(
  m: Float64Array,
  v: Float64Array,
  g: Float64Array,
  beta1: number,
  beta2: number,
  cs: readonly number[],
  gap: Float64Array,
  direction: Float64Array,
): void {
  const n = g.length;
  let base2 = 0;
  for (let i = 0; i < n; i++) base2 += u(m[i], v[i], g[i], 1, beta1, beta2) ** 2;
  const base = Math.sqrt(base2);
  for (let j = 0; j < cs.length; j++) {
    let d2 = 0;
    let c2 = 0;
    let dot = 0;
    for (let i = 0; i < n; i++) {
      const a = u(m[i], v[i], g[i], 1, beta1, beta2);
      const b = u(m[i], v[i], g[i], cs[j], beta1, beta2);
      d2 += (b - a) ** 2;
      c2 += b * b;
      dot += a * b;
    }
    gap[j] = Math.sqrt(d2) / base;
    // ‖â − b̂‖ = √(2 − 2 cos θ)
    direction[j] = Math.sqrt(Math.max(0, 2 - (2 * dot) / (base * Math.sqrt(c2))));
  }
}

function u(m: number, v: number, g: number, c: number, beta1: number, beta2: number): number {
  const M = beta1 * m + (1 - beta1) * c * g;
  const V = beta2 * v + (1 - beta2) * c * c * g * g;
  return V > 0 ? M / Math.sqrt(V) : 0;
}

/** Mean and (population) variance over evaluation steps of gap(c) and direction(c). */
export interface ScaleResponseStats {
  readonly gapMean: Float64Array;
  readonly gapVariance: Float64Array;
  readonly directionMean: Float64Array;
  readonly directionVariance: Float64Array;
  readonly evaluations: number;
}

export interface HistoryReplay {
  /** Coordinates. */
  readonly n: number;
  /** Steps of the history. */
  readonly steps: number;
  /** Write the gradient of step k (0-based) into `out`. */
  gradient(k: number, out: Float64Array): void;
}

/**
 * Replay the moments m_k = β1 m_{k−1} + (1 − β1) g_k, v_k = β2 v_{k−1} + (1 − β2) g_k² (m_0 = v_0 = 0) over
 * the history, and at steps k = from, from + every, … (before g_k enters the moments) take gap and
 * direction over `cs`; statistics over those steps.
 */
export function scaleResponseOverHistory(
  h: HistoryReplay,
  beta1: number,
  beta2: number,
  cs: readonly number[],
  from: number,
  every: number,
): ScaleResponseStats {
  const m = new Float64Array(h.n);
  const v = new Float64Array(h.n);
  const g = new Float64Array(h.n);
  const gap = new Float64Array(cs.length);
  const dir = new Float64Array(cs.length);
  const sum = [0, 0, 0, 0].map(() => new Float64Array(cs.length));
  let count = 0;
  for (let k = 0; k < h.steps; k++) {
    h.gradient(k, g);
    if (k >= from && (k - from) % every === 0 && k > 0) {
      scaleResponse(m, v, g, beta1, beta2, cs, gap, dir);
      for (let j = 0; j < cs.length; j++) {
        sum[0][j] += gap[j];
        sum[1][j] += gap[j] * gap[j];
        sum[2][j] += dir[j];
        sum[3][j] += dir[j] * dir[j];
      }
      count++;
    }
    for (let i = 0; i < h.n; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
    }
  }
  const mean = (s: Float64Array) => s.map((x) => x / count);
  const variance = (s: Float64Array, s2: Float64Array) =>
    s2.map((x, j) => Math.max(0, x / count - (s[j] / count) ** 2));
  return {
    gapMean: mean(sum[0]),
    gapVariance: variance(sum[0], sum[1]),
    directionMean: mean(sum[2]),
    directionVariance: variance(sum[2], sum[3]),
    evaluations: count,
  };
}
