/**
 * The harness's own tfjs kernels against the stock ones: the sliced BatchMatMul (batch through XNNPACK)
 * and the fused Adam-family step, values and gradients, no tensor or wasm id left behind.
 */
import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initBackend } from '../../experiments/backends.js';
import { setOptimizerPath, tensorOptimizer } from '../../experiments/harness/optimizers.js';
import type { OptimizerConfig } from '../../experiments/harness/optimizers.js';
import { hasFusedAdam } from '../../experiments/kernels/fused-adam-kernel.js';
import { setWasmBatchMatMul } from '../../experiments/kernels/wasm-batch-matmul.js';
import { matMulFast } from '../../experiments/models/layers.js';
import { createRng } from '../../src/core/rng.js';
import { expectClose } from '../helpers/expect-close.js';
import { fcParams } from '../helpers/fast-check.js';

const seeded = (shape: number[], seed: number) => {
  const rng = createRng(seed, `kernel-test:${shape.join('x')}`);
  return tf.tensor(
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal()),
    shape,
  );
};

/** f's outputs' values with each BatchMatMul kernel. */
function underBoth(f: () => tf.Tensor[]): { sliced: Float32Array[]; stock: Float32Array[] } {
  const run = (path: 'sliced' | 'stock') => {
    setWasmBatchMatMul(path);
    const out = tf.tidy(f);
    const values = out.map((t) => t.dataSync() as Float32Array);
    tf.dispose(out);
    return values;
  };
  const stock = run('stock');
  const sliced = run('sliced');
  return { sliced, stock };
}

function expectAllClose(a: Float32Array[], b: Float32Array[], rtol: number): void {
  expect(a.length).toBe(b.length);
  a.forEach((x, k) => {
    const scale = Math.max(...b[k].map(Math.abs));
    for (let i = 0; i < x.length; i++) expectClose(x[i], b[k][i], { rtol, atol: rtol * scale });
  });
}

describe('sliced BatchMatMul on wasm', () => {
  it('should equal the stock kernel for any batch and sizes, values and explicit-transpose gradients', async () => {
    await initBackend('wasm');
    const before = tf.memory().numTensors;
    const dim = fc.integer({ min: 1, max: 9 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), dim, dim, dim, fc.nat(1000), (batch, M, K, N, seed) => {
        const a = seeded([batch, M, K], seed);
        const b = seeded([batch, K, N], seed + 1);
        const w = seeded([batch, M, N], seed + 2);
        const f = (x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(matMulFast(x, y), w));
        const { sliced, stock } = underBoth(() => [tf.matMul(a, b), ...tf.grads(f)([a, b])]);
        tf.dispose([a, b, w]);
        expectAllClose(sliced, stock, 1e-5);
      }),
      fcParams(60),
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should equal the stock kernel at rank 4 (batch dimensions flattened)', async () => {
    await initBackend('wasm');
    const a = seeded([2, 3, 4, 5], 7);
    const b = seeded([2, 3, 5, 6], 8);
    const { sliced, stock } = underBoth(() => [tf.matMul(a, b)]);
    expectAllClose(sliced, stock, 1e-5);
    tf.dispose([a, b]);
  });

  it('should leave transposed and broadcast products to the stock kernel, with the same results', async () => {
    await initBackend('wasm');
    const a = seeded([3, 4, 5], 1);
    const b = seeded([3, 6, 5], 2);
    const c = seeded([1, 5, 6], 3);
    const { sliced, stock } = underBoth(() => [tf.matMul(a, b, false, true), tf.matMul(a, c), tf.matMul(a, a, true)]);
    expectAllClose(sliced, stock, 1e-6);
    tf.dispose([a, b, c]);
  });

  it('should leave no wasm tensor id registered after a product', async () => {
    await initBackend('wasm');
    setWasmBatchMatMul('sliced');
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const a = seeded([8, 4, 5], 1);
    const b = seeded([8, 5, 3], 2);
    tf.matMul(a, b).dispose();
    const ids = backend.numDataIds();
    for (let i = 0; i < 5; i++) tf.matMul(a, b).dispose();
    expect(backend.numDataIds()).toBe(ids);
    tf.dispose([a, b]);
  });
});

const configs: { name: string; config: OptimizerConfig; clipNorm?: number }[] = [
  {
    name: 'adam, PyTorch ε, clipped',
    config: { kind: 'adam', opts: { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-3, convention: 'pytorch' } },
    clipNorm: 0.5,
  },
  {
    name: 'adam ε = 0 at zero gradients (0/0 → 0)',
    config: { kind: 'adam', opts: { lr: 0.01, beta1: 0.9, beta2: 0.99, eps: 0 } },
  },
  {
    name: 'adamw with clipping',
    config: {
      kind: 'adamw',
      opts: { lr: 0.01, beta1: 0.8, beta2: 0.9, eps: 1e-8, biasCorrection: true, weightDecay: 0.3 },
    },
    clipNorm: 2,
  },
];

describe.each(['wasm', 'cpu'] as const)('fused Adam step on %s', (backend) => {
  it.each(configs)('should equal the composed tfjs ops for 12 steps: $name', async ({ config, clipNorm }) => {
    await initBackend(backend);
    expect(hasFusedAdam()).toBe(true);
    const shapes = [[6, 5], [5], [3, 4, 2]];
    const run = (path: 'auto' | 'composed') => {
      setOptimizerPath(path);
      const rng = createRng(11, 'fused-vs-composed');
      const opt = tensorOptimizer(config, { watch: [0, 2, 0], clipNorm });
      let params = shapes.map((s, k) => seeded(s, 50 + k));
      const stats: number[] = [];
      for (let step = 0; step < 12; step++) {
        // a zero gradient on the bias at every third step exercises the 0/0 of ε = 0
        const grads = shapes.map((s, k) =>
          tf.tensor(
            Float32Array.from({ length: s.reduce((a, b) => a * b, 1) }, () =>
              k === 1 && step % 3 === 0 ? 0 : rng.normal() * 3,
            ),
            s,
          ),
        );
        const out = opt.step(params, grads, 0.5 + step / 24);
        tf.dispose(grads);
        params = out.params;
        const s = out.stats;
        stats.push(s.updateNorm, s.updateMax, s.gradNorm, ...s.tensors.flatMap((t) => [t.w2, t.u2, t.g2, t.wg, t.wu]));
      }
      const values = params.map((p) => p.dataSync() as Float32Array);
      tf.dispose(params);
      opt.dispose();
      setOptimizerPath('auto');
      return { values, stats };
    };
    const before = tf.memory().numTensors;
    const composed = run('composed');
    const fused = run('auto');
    expectAllClose(fused.values, composed.values, 1e-5);
    fused.stats.forEach((x, i) => expectClose(x, composed.stats[i], { rtol: 1e-4, atol: 1e-6 }));
    expect(tf.memory().numTensors).toBe(before);
  });
});
