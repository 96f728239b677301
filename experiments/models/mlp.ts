/** MLP on MNIST: input → hidden (ReLU) → 10 classes (784-128-10 by default). */
import * as tf from '@tensorflow/tfjs';
import { constant, crossEntropy, glorot, mm, mmData } from './layers.js';
import type { Model } from './layers.js';

/** Build a seeded MLP with layer sizes `sizes` (input first, classes last). */
export function mlp(seed: number, sizes: readonly number[] = [784, 128, 10]): Model {
  const params = sizes
    .slice(1)
    .flatMap((out, i) => [glorot(`W${i + 1}`, [sizes[i], out], sizes[i], out, seed), constant(`b${i + 1}`, [out], 0)]);
  const logits = (p: readonly tf.Tensor[], x: tf.Tensor): tf.Tensor => {
    let h = x;
    for (let i = 0; i < p.length; i += 2) {
      h = tf.add(i === 0 ? mmData(h, p[i]) : mm(h, p[i]), p[i + 1]);
      if (i + 2 < p.length) h = tf.relu(h);
    }
    return h;
  };
  return { name: `mlp-${sizes.join('-')}`, params, logits, loss: (p, x, y) => crossEntropy(logits(p, x), y) };
}
