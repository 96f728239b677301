/** Exact one-sided binomial test: P(K ≥ k | n, p). */

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 0) throw new RangeError('k and n must be integers, n ≥ 0');
  if (p < 0 || p > 1) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  let s = 0;
  for (let j = k; j <= n; j++) s += Math.exp(logChoose(n, j) + j * Math.log(p) + (n - j) * Math.log1p(-p));
  return Math.min(1, s);
}
