/** Exponential moving average with window w: x_k = (1 − 1/w) x_{k−1} + (1/w) a_k, x_0 = a_0. */
export function ema(series: ArrayLike<number>, window: number): Float64Array {
  if (!(window >= 1)) throw new RangeError(`window must be ≥ 1, got ${window}`);
  const a = 1 / window;
  const out = new Float64Array(series.length);
  for (let i = 0; i < series.length; i++) out[i] = i === 0 ? series[0] : (1 - a) * out[i - 1] + a * series[i];
  return out;
}
