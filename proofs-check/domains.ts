/** Sampling domains for random-point identity checks (sympy's random rectangles). */
import type { Rng } from '../src/core/rng.js';

/** Each variable ranges over [lo, hi]; choose domains away from singularities. */
export type Domain = Readonly<Record<string, readonly [number, number]>>;

export function samplePoint(domain: Domain, rng: Rng): Record<string, number> {
  const p: Record<string, number> = {};
  for (const [name, [lo, hi]] of Object.entries(domain)) p[name] = rng.uniform(lo, hi);
  return p;
}
