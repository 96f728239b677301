/**
 * Small CNN on MNIST: 3×3 convolution (valid, `filters` channels) as a patch matmul → ReLU → 2×2
 * average pool → dense 10. The im2col gather runs on the input only (tfjs-backend-wasm has no
 * Conv2DBackpropFilter kernel, so tf.conv2d cannot be trained there; the patch matmul can).
 */
import * as tf from '@tensorflow/tfjs';
import { constant, crossEntropy, glorot, mm, mmData } from './layers.js';
import type { Model } from './layers.js';

const S = 28;
const O = S - 2; // 26 × 26 valid conv output, pooled to 13 × 13

let patchIndex: tf.Tensor1D | null = null;
/** Indices into a flattened 28×28 image for every 3×3 patch (26·26·9). */
function patches(): tf.Tensor1D {
  if (patchIndex) return patchIndex;
  const idx = new Int32Array(O * O * 9);
  let k = 0;
  for (let r = 0; r < O; r++)
    for (let c = 0; c < O; c++)
      for (let dr = 0; dr < 3; dr++) for (let dc = 0; dc < 3; dc++) idx[k++] = (r + dr) * S + c + dc;
  patchIndex = tf.keep(tf.tensor1d(idx, 'int32'));
  return patchIndex;
}

/** Build a seeded CNN with `filters` 3×3 filters. */
export function cnn(seed: number, filters = 8): Model {
  const params = [
    glorot('K', [9, filters], 9, filters, seed),
    constant('bK', [filters], 0),
    glorot('W', [13 * 13 * filters, 10], 13 * 13 * filters, 10, seed),
    constant('b', [10], 0),
  ];
  const logits = (p: readonly tf.Tensor[], x: tf.Tensor): tf.Tensor => {
    const n = x.shape[0];
    const cols = tf.reshape(tf.gather(x, patches(), 1), [n * O * O, 9]);
    const h = tf.relu(tf.add(mmData(cols, p[0]), p[1]));
    const pooled = tf.mean(tf.reshape(h, [n, 13, 2, 13, 2, filters]), [2, 4]);
    return tf.add(mm(tf.reshape(pooled, [n, 13 * 13 * filters]), p[2]), p[3]);
  };
  return { name: `cnn-3x3x${filters}`, params, logits, loss: (p, x, y) => crossEntropy(logits(p, x), y) };
}
