/**
 * Small nanoGPT-style character transformer: token + learned position embeddings, pre-norm blocks
 * (causal multi-head attention, ReLU MLP), affine-free normalisation, tied-free output head.
 * With `qkNorm`, queries and keys are l2-normalised per head (fixed temperature √d_head), so the loss
 * is scale-invariant in every Wq and Wk (the weights ctadam figure 5 looks at).
 */
import * as tf from '@tensorflow/tfjs';
import { crossEntropy, glorot, mm, mmData, normal, normalize } from './layers.js';
import type { Model, ParamSpec } from './layers.js';

/** Architecture of the char transformer. */
export interface TransformerOptions {
  readonly context: number;
  readonly dModel: number;
  readonly heads: number;
  readonly layers: number;
  readonly qkNorm: boolean;
}

const l2norm = (x: tf.Tensor): tf.Tensor => tf.div(x, tf.sqrt(tf.add(tf.sum(tf.square(x), -1, true), 1e-12)));

/** Build a seeded char transformer over a vocabulary of `vocab` symbols. */
export function charTransformer(seed: number, vocab: number, o: TransformerOptions): Model {
  const d = o.dModel;
  const dh = d / o.heads;
  if (!Number.isInteger(dh)) throw new RangeError(`dModel ${d} is not divisible by heads ${o.heads}`);
  const params: ParamSpec[] = [normal('E', [vocab, d], 0.02, seed), normal('P', [o.context, d], 0.02, seed)];
  for (let l = 0; l < o.layers; l++) {
    for (const w of ['Wq', 'Wk', 'Wv', 'Wo']) params.push(glorot(`${w}${l}`, [d, d], d, d, seed));
    params.push(glorot(`W1_${l}`, [d, 4 * d], d, 4 * d, seed), glorot(`W2_${l}`, [4 * d, d], 4 * d, d, seed));
  }
  params.push(glorot('Wout', [d, vocab], d, vocab, seed));
  const T = o.context;
  const maskData = new Float32Array(T * T);
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) maskData[i * T + j] = -1e9;
  let mask: tf.Tensor | null = null;
  const logits = (p: readonly tf.Tensor[], x: tf.Tensor): tf.Tensor => {
    const B = x.shape[0];
    mask ??= tf.keep(tf.tensor2d(maskData, [T, T]));
    const oneHot = tf.oneHot(tf.reshape(x, [B * T]) as tf.Tensor1D, vocab);
    let h = tf.reshape(tf.add(tf.reshape(mmData(oneHot, p[0]), [B, T, d]), p[1]), [B * T, d]);
    const heads = (t: tf.Tensor): tf.Tensor =>
      tf.reshape(tf.transpose(tf.reshape(t, [B, T, o.heads, dh]), [0, 2, 1, 3]), [B * o.heads, T, dh]);
    for (let l = 0; l < o.layers; l++) {
      const [Wq, Wk, Wv, Wo, W1, W2] = p.slice(2 + 6 * l, 8 + 6 * l);
      const a = normalize(h);
      let q = heads(mm(a, Wq));
      let k = heads(mm(a, Wk));
      const v = heads(mm(a, Wv));
      if (o.qkNorm) {
        q = l2norm(q);
        k = l2norm(k);
      }
      const scores = tf.add(
        tf.mul(mm(q, tf.transpose(k, [0, 2, 1])), o.qkNorm ? Math.sqrt(dh) : 1 / Math.sqrt(dh)),
        mask,
      );
      const att = mm(tf.softmax(scores), v);
      const merged = tf.reshape(tf.transpose(tf.reshape(att, [B, o.heads, T, dh]), [0, 2, 1, 3]), [B * T, d]);
      h = tf.add(h, mm(merged, Wo));
      h = tf.add(h, mm(tf.relu(mm(normalize(h), W1)), W2));
    }
    return mm(normalize(h), p[p.length - 1]);
  };
  return {
    name: `char-transformer-${o.layers}x${d}h${o.heads}${o.qkNorm ? '-qknorm' : ''}`,
    params,
    logits: (p, x) => logits(p, x),
    loss: (p, x, y) => crossEntropy(logits(p, x), tf.oneHot(tf.reshape(y, [-1]) as tf.Tensor1D, vocab)),
  };
}
