/** Offline data loaders: sizes, fixed split, deterministic seeded batches. */
import { describe, expect, it } from 'vitest';
import { loadMnist, mnistBatch, MNIST_INPUT } from '../../experiments/data/mnist.js';
import { charBatches, loadMobyDick } from '../../experiments/data/moby-dick.js';
import { batchIndices, permutation } from '../../experiments/data/split.js';

describe('data loaders', () => {
  it('should load the 10 000 MNIST digits of the mnist package as 28×28 in [0, 1] with a fixed split', () => {
    const d = loadMnist();
    expect(d.count).toBe(10000);
    expect(d.images.length).toBe(d.count * MNIST_INPUT);
    expect(Math.max(...d.images.subarray(0, 50000))).toBeLessThanOrEqual(1);
    expect(d.train.length + d.validation.length).toBe(d.count);
    expect(new Set([...d.train, ...d.validation]).size).toBe(d.count);
    expect([...loadMnist().validation.slice(0, 5)]).toEqual([...d.validation.slice(0, 5)]);
    const b = mnistBatch(d, [0, d.count - 1]);
    expect(b.y[0]).toBe(1);
    expect(b.y[10 + 9]).toBe(1);
  });

  it('should shuffle deterministically per seed', () => {
    expect([...permutation(100, 3)]).toEqual([...permutation(100, 3)]);
    expect([...permutation(100, 3)]).not.toEqual([...permutation(100, 4)]);
    const pool = Uint32Array.from({ length: 50 }, (_, i) => i);
    const a = batchIndices(pool, 16, 1);
    const b = batchIndices(pool, 16, 1);
    for (let i = 0; i < 8; i++) expect([...a()]).toEqual([...b()]);
  });

  it('should encode Moby Dick as characters with deterministic windows', () => {
    const c = loadMobyDick();
    expect(c.train.length).toBeGreaterThan(1_000_000);
    expect(c.vocab.length).toBeLessThan(256);
    const x = charBatches(c.train, 4, 32, 5)();
    const y = charBatches(c.train, 4, 32, 5)();
    expect([...x.x]).toEqual([...y.x]);
    expect(x.y[0]).toBe(x.x[1]);
  });
});
