/** Training loop: deterministic, the fast matmul's gradient equals the stock one, divergence is a status. */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { initBackend } from '../../experiments/backends.js';
import { trainRun } from '../../experiments/harness/train.js';
import type { RunConfig } from '../../experiments/harness/train.js';
import { matMulFast } from '../../experiments/models/layers.js';
import { expectClose } from '../helpers/expect-close.js';

const base: RunConfig = {
  task: { kind: 'mnist-mlp', hidden: [16], trainExamples: 500 },
  optimizer: { kind: 'adam', opts: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true } },
  batch: 16,
  steps: 8,
  seed: 3,
  watch: ['W1'],
};

describe.each(['wasm', 'cpu'] as const)('training harness on %s', (backend) => {
  it('should give the same numbers for the same seed and record every step', async () => {
    await initBackend(backend);
    const a = trainRun(base);
    const b = trainRun(base);
    expect(a.loss).toEqual(b.loss);
    expect(a.updateNorm).toEqual(b.updateNorm);
    expect(a.status).toBe('ok');
    expect(a.loss).toHaveLength(8);
    expect(a.tensors.W1.w2).toHaveLength(8);
    expect(trainRun({ ...base, seed: 4 }).loss).not.toEqual(a.loss);
  });

  it('should compute the stock matMul gradient with explicit transposes (rank 2 and 3)', async () => {
    await initBackend(backend);
    for (const [sa, sb] of [
      [
        [5, 7],
        [7, 3],
      ],
      [
        [2, 5, 7],
        [2, 7, 3],
      ],
    ] as const) {
      const a = tf.randomNormal([...sa], 0, 1, 'float32', 1);
      const b = tf.randomNormal([...sb], 0, 1, 'float32', 2);
      const f = (fn: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor) =>
        tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.square(fn(x, y))))([a, b]);
      const fast = f(matMulFast);
      const stock = f((x, y) => tf.matMul(x as tf.Tensor3D, y as tf.Tensor3D));
      for (let i = 0; i < 2; i++) {
        const [u, v] = [fast[i].dataSync(), stock[i].dataSync()];
        for (let k = 0; k < u.length; k++) expectClose(u[k], v[k], { rtol: 1e-5, atol: 1e-5 });
      }
    }
  });

  it('should stop a diverging run cleanly with status diverged', async () => {
    await initBackend(backend);
    const r = trainRun({
      ...base,
      optimizer: { kind: 'adam', opts: { lr: 1e30, beta1: 0.9, beta2: 0.999, eps: 1e-8 } },
      steps: 20,
    });
    expect(r.status).toBe('diverged');
    expect(r.steps).toBeLessThan(20);
    expect(r.note).toMatch(/non-finite/);
  });
});
