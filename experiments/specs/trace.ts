/** A figure's worth of a long per-step series: which steps to keep. */

/** At most `k` of the steps 0..len−1, evenly spaced, the first and the last included. */
export function traceSteps(len: number, k = 60): number[] {
  if (len <= 0) return [];
  if (len <= k) return Array.from({ length: len }, (_, i) => i);
  return [...new Set(Array.from({ length: k }, (_, i) => Math.round((i * (len - 1)) / (k - 1))))];
}
