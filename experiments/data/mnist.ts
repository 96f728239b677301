/**
 * MNIST digits from the `mnist` registry package (offline): 10 000 images of 28 × 28 = 784 grey
 * levels in [0, 1] (about 1 000 per digit, stored per digit as JSON). Loaded once, cached in memory.
 */
import { createRequire } from 'node:module';
import { fixedSplit } from './split.js';

/** Image side length and flattened input size of the shipped digits. */
export const MNIST_SIDE = 28;
export const MNIST_INPUT = MNIST_SIDE * MNIST_SIDE;

/** Images (row-major, n × 784, float32) and labels 0..9, plus the fixed train/validation split. */
export interface MnistData {
  readonly images: Float32Array;
  readonly labels: Uint8Array;
  readonly count: number;
  readonly train: Uint32Array;
  readonly validation: Uint32Array;
}

interface MnistDigit {
  readonly length: number;
  readonly raw: readonly number[];
}
let cached: MnistData | null = null;

/** Load all digits in a fixed order (digit 0 first) and split off `validation` examples (default 1 000). */
export function loadMnist(validation = 1000): MnistData {
  if (cached && cached.validation.length === validation) return cached;
  const digits = createRequire(import.meta.url)('mnist') as MnistDigit[];
  const count = digits.slice(0, 10).reduce((s, d) => s + d.length, 0);
  const images = new Float32Array(count * MNIST_INPUT);
  const labels = new Uint8Array(count);
  let k = 0;
  for (let d = 0; d < 10; d++) {
    const { raw, length } = digits[d];
    images.set(raw.slice(0, length * MNIST_INPUT), k * MNIST_INPUT);
    labels.fill(d, k, k + length);
    k += length;
  }
  cached = { images, labels, count, ...fixedSplit(count, validation) };
  return cached;
}

/** Gather a batch: x (b × 784) and one-hot y (b × 10) as flat float32 arrays. */
export function mnistBatch(data: MnistData, idx: ArrayLike<number>): { x: Float32Array; y: Float32Array } {
  const x = new Float32Array(idx.length * MNIST_INPUT);
  const y = new Float32Array(idx.length * 10);
  for (let i = 0; i < idx.length; i++) {
    const j = idx[i];
    x.set(data.images.subarray(j * MNIST_INPUT, (j + 1) * MNIST_INPUT), i * MNIST_INPUT);
    y[i * 10 + data.labels[j]] = 1;
  }
  return { x, y };
}
