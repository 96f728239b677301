/** Exact one-sided tests: binomial P(K ≥ k | n, p), and Poisson-binomial (trials with different p). */

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

/** P(K ≥ k) for K a sum of independent Bernoulli(p_i) (exact, by the convolution of the trials). */
export function poissonBinomialUpperTail(k: number, ps: readonly number[]): number {
  if (!Number.isInteger(k)) throw new RangeError('k must be an integer');
  for (const p of ps) if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, j) => {
      next[j] += q * (1 - p);
      next[j + 1] += q * p;
    });
    dist = next;
  }
  return Math.min(
    1,
    dist.slice(Math.max(0, k)).reduce((s, q) => s + q, 0),
  );
}
