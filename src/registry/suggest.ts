/** Close matches for an unknown id (Damerau–Levenshtein distance plus substring hits). */

export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export function closeMatches(input: string, candidates: readonly string[], max = 5): string[] {
  const q = input.toLowerCase();
  const scored = candidates.map((c) => {
    const lc = c.toLowerCase();
    const dist = editDistance(q, lc);
    const bonus = lc.includes(q) || q.includes(lc) ? -2 : 0;
    return { c, score: dist + bonus };
  });
  const limit = Math.max(2, Math.ceil(q.length / 3));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}
