/** `--shard k/n` (Jest/Playwright convention, k 1-based): which items of a sweep this shard runs. */

/** A parsed shard selector. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/** Parse "k/n" with 1 ≤ k ≤ n; throws RangeError naming the rule. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total)
    throw new RangeError(`--shard: expected k/n with 1 ≤ k ≤ n, got "${text}"`);
  return { index, total };
}

/** The items of shard k/n: contiguous chunks of near-equal size, in order (every item in exactly one shard). */
export function selectShard<T>(items: readonly T[], shard?: Shard): T[] {
  if (!shard) return [...items];
  const start = Math.floor(((shard.index - 1) * items.length) / shard.total);
  const end = Math.floor((shard.index * items.length) / shard.total);
  return items.slice(start, end);
}
