/** Least-squares fit of log y = c + p log x: the measured order p with its standard error. */

export interface OrderFit {
  readonly slope: number;
  readonly intercept: number;
  readonly stderr: number;
  /** Slopes between successive points; in the asymptotic range they agree with `slope`. */
  readonly pairwise: readonly number[];
  /** max |pairwise − slope|. */
  readonly spread: number;
}

interface LeastSquares {
  slope: number;
  intercept: number;
  sxx: number;
  rss: number;
}

function leastSquares(x: readonly number[], y: readonly number[]): LeastSquares {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (y[i] - intercept - slope * x[i]) ** 2;
  return { slope, intercept, sxx, rss };
}

export function fitLogLogOrder(x: readonly number[], y: readonly number[]): OrderFit {
  if (x.length !== y.length || x.length < 2) throw new RangeError('need ≥ 2 points of equal length');
  const lx = x.map(Math.log);
  const ly = y.map((v) => Math.log(Math.abs(v)));
  const n = lx.length;
  const { slope, intercept, sxx, rss } = leastSquares(lx, ly);
  const stderr = n > 2 ? Math.sqrt(rss / (n - 2) / sxx) : 0;
  const pairwise: number[] = [];
  for (let i = 0; i + 1 < n; i++) pairwise.push((ly[i + 1] - ly[i]) / (lx[i + 1] - lx[i]));
  const spread = Math.max(...pairwise.map((p) => Math.abs(p - slope)));
  return { slope, intercept, stderr, pairwise, spread };
}

/** Least-squares line y = a + b x (for fitted coefficients, e.g. R − 1 against δ). */
export function fitLine(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  const { slope, intercept } = leastSquares(x, y);
  return { slope, intercept };
}
