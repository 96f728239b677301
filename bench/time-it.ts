/** Repeat `fn` for at least `minMs`: calls per second (the sink keeps the work observable). */
export function timeIt(fn: () => number, minMs = 300): { perSec: number; ms: number; sink: number } {
  let n = 0;
  let sink = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    sink += fn();
    n++;
  }
  const ms = performance.now() - t0;
  return { perSec: (n * 1000) / ms, ms, sink };
}

/** The median (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
