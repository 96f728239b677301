/** Seeded shuffling and fixed train/validation splits (one PRNG: src/core/rng). */
import { createRng } from '../../src/core/rng.js';

/** A seeded Fisher–Yates permutation of 0..n−1 (same seed and stream → same permutation). */
export function permutation(n: number, seed: number, stream = 'shuffle'): Uint32Array {
  const rng = createRng(seed, stream);
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/**
 * Split indices 0..n−1 into train/validation with a fixed permutation (seed 0, independent of the
 * run seed, so every run validates on the same examples). `validation` is a count.
 */
export function fixedSplit(n: number, validation: number): { train: Uint32Array; validation: Uint32Array } {
  const p = permutation(n, 0, 'fixed-split');
  return { train: p.slice(validation), validation: p.slice(0, validation) };
}

/** Endless seeded minibatch index stream over `pool`: reshuffled every epoch. */
export function batchIndices(pool: Uint32Array, batch: number, seed: number): () => Uint32Array {
  let epoch = 0;
  let order = new Uint32Array(0);
  let pos = pool.length;
  return () => {
    const out = new Uint32Array(batch);
    for (let i = 0; i < batch; i++) {
      if (pos >= pool.length) {
        const perm = permutation(pool.length, seed, `epoch:${epoch++}`);
        order = perm.map((k) => pool[k]);
        pos = 0;
      }
      out[i] = order[pos++];
    }
    return out;
  };
}
