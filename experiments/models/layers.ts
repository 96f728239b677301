/**
 * Shared building blocks: a matmul whose gradient uses explicit transposes (fast path of the wasm
 * backend), seeded initialisers, cross-entropy. Models are pure functions of a parameter list.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../../src/core/rng.js';

/** A parameter: name, shape, initial values (float32), and whether it is a weight matrix. */
export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly init: Float32Array;
}

/** A model: its parameters and a loss over a batch (x, y tensors built by its task). */
export interface Model {
  readonly name: string;
  readonly params: readonly ParamSpec[];
  /** Mean training loss of the batch. */
  loss(params: readonly tf.Tensor[], x: tf.Tensor, y: tf.Tensor): tf.Scalar;
  /** Logits for accuracy (class scores on the last axis). */
  logits(params: readonly tf.Tensor[], x: tf.Tensor): tf.Tensor;
}

const lastTwo = (t: tf.Tensor): tf.Tensor => tf.transpose(t, t.rank === 2 ? [1, 0] : [0, 2, 1]);

/**
 * a·b for rank-2 or equal-batch rank-3 tensors. The stock matMul gradient calls matMul with
 * transposeA/transposeB, which tfjs-backend-wasm runs in a scalar loop (~1.6 GFLOP/s against ~30 for
 * plain matmul through XNNPACK); here the backward pass transposes explicitly and multiplies plainly.
 */
export const matMulFast = tf.customGrad(((a: tf.Tensor, b: tf.Tensor, save: tf.GradSaveFunc) => {
  save([a, b]);
  return {
    value: tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [
      tf.matMul(dy as tf.Tensor2D, lastTwo(saved[1]) as tf.Tensor2D),
      tf.matMul(lastTwo(saved[0]) as tf.Tensor2D, dy as tf.Tensor2D),
    ],
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;

/**
 * Which matmul the models use: 'fast' (explicit transposes), 'stock' (tf.matMul), or 'auto' = fast on
 * wasm only (on the cpu backend the explicit transposes cost more than they save: 6 vs 10 MLP steps/s).
 */
export type MatmulMode = 'auto' | 'fast' | 'stock';
let matmulMode: MatmulMode = 'auto';
/** Switch the models' matmul implementation (bench compares both in one process). */
export function setMatmulMode(mode: MatmulMode): void {
  matmulMode = mode;
}
const fastMatmul = () => matmulMode === 'fast' || (matmulMode === 'auto' && tf.getBackend() === 'wasm');

/** The models' matmul, per the mode (see MatmulMode). */
export function mm(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
  return fastMatmul() ? matMulFast(a, b) : tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D);
}

/**
 * x·w with x data (a batch of inputs, a one-hot): on the fast path only w's gradient xᵀ·dy is computed
 * (matMulFast's custom gradient would also form dy·wᵀ for x, a quarter of the MLP's flops, then drop it).
 */
export function mmData(x: tf.Tensor, w: tf.Tensor): tf.Tensor {
  if (!fastMatmul()) return tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D);
  const onW = tf.customGrad(((wt: tf.Tensor, save: tf.GradSaveFunc) => {
    save([x]); // kept for the backward pass (x may be an intermediate of the forward scope, e.g. a one-hot)
    return {
      value: tf.matMul(x as tf.Tensor2D, wt as tf.Tensor2D),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [tf.matMul(lastTwo(saved[0]) as tf.Tensor2D, dy as tf.Tensor2D)],
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]) as (w: tf.Tensor) => tf.Tensor;
  return onW(w);
}

/** Uniform(−limit, limit) with limit = √(6/(fanIn + fanOut)) (Glorot), seeded per parameter name. */
export function glorot(name: string, shape: readonly number[], fanIn: number, fanOut: number, seed: number): ParamSpec {
  const rng = createRng(seed, `init:${name}`);
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const n = shape.reduce((a, b) => a * b, 1);
  return { name, shape, init: Float32Array.from({ length: n }, () => rng.uniform(-limit, limit)) };
}

/** N(0, std²), seeded per parameter name. */
export function normal(name: string, shape: readonly number[], std: number, seed: number): ParamSpec {
  const rng = createRng(seed, `init:${name}`);
  const n = shape.reduce((a, b) => a * b, 1);
  return { name, shape, init: Float32Array.from({ length: n }, () => std * rng.normal()) };
}

/** A constant parameter (zeros for biases, ones for gains). */
export function constant(name: string, shape: readonly number[], value: number): ParamSpec {
  return { name, shape, init: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(value) };
}

/** Mean softmax cross-entropy of logits (n × c) against one-hot targets (n × c). */
export function crossEntropy(logits: tf.Tensor, oneHot: tf.Tensor): tf.Scalar {
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), -1))) as tf.Scalar;
}

/** Affine-free normalisation over the last axis: (x − mean)/√(var + ε). Scale-invariant in x. */
export function normalize(x: tf.Tensor, eps = 1e-5): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, eps)));
}
