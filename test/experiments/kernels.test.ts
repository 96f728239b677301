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
import { kAdamLevels } from '../../src/numeric/optimizers/index.js';
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

  it('should dispose every wasm tensor id it registers for the batch items', async () => {
    await initBackend('wasm');
    setWasmBatchMatMul('sliced');
    const { tfjs } = (tf.backend() as unknown as { wasm: { tfjs: Record<string, (...a: number[]) => void> } }).wasm;
    const [register, dispose] = [tfjs.registerTensor, tfjs.disposeData];
    const live = new Set<number>();
    tfjs.registerTensor = (id, size, offset) => (live.add(id), register(id, size, offset));
    tfjs.disposeData = (id) => (live.delete(id), dispose(id));
    try {
      const a = seeded([8, 4, 5], 1);
      const b = seeded([8, 5, 3], 2);
      const kept = new Set(live); // a and b themselves
      tf.matMul(a, b).dispose();
      tf.dispose([a, b]);
      expect([...live].filter((id) => !kept.has(id))).toEqual([]);
    } finally {
      Object.assign(tfjs, { registerTensor: register, disposeData: dispose });
    }
  });

  it('should leave mismatched batch axes and empty products to the stock kernel', async () => {
    await initBackend('wasm');
    const a = seeded([2, 3, 4, 5], 1);
    const b = seeded([3, 2, 5, 6], 2);
    for (const path of ['stock', 'sliced'] as const) {
      setWasmBatchMatMul(path);
      expect(() => tf.matMul(a, b)).toThrow(/broadcast/);
    }
    const empty = underBoth(() => [tf.matMul(tf.zeros([3, 4, 0]), tf.zeros([3, 0, 2]))]);
    expect([...empty.sliced[0]]).toEqual(new Array(24).fill(0));
    expect(empty.sliced).toEqual(empty.stock);
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
  {
    name: '3-adam, coupled decay',
    config: { kind: 'k-adam', opts: { lr: 0.01, levels: kAdamLevels('exp', 3), weightDecay: 0.05, coupled: true } },
  },
  {
    name: 'rmsprop, ε inside the root, first-gradient init',
    config: {
      kind: 'rmsprop',
      opts: { lr: 0.01, beta2: 0.95, eps: 1e-6, epsPlacement: 'inside-root', init: 'first-gradient' },
    },
  },
];

describe.each(['wasm', 'cpu'] as const)('fused Adam step on %s', (backend) => {
  it.each(configs)('should equal the composed tfjs ops for 12 steps: $name', async ({ config, clipNorm }) => {
    await initBackend(backend);
    expect(hasFusedAdam()).toBe(true);
    const shapes = [[6, 5], [5], [3, 4, 2]];
    const run = (path: 'auto' | 'composed') => {
      setOptimizerPath(path);
      try {
        return steps();
      } finally {
        setOptimizerPath('auto');
      }
    };
    const steps = () => {
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

describe.each(['wasm', 'cpu'] as const)('fused Adam step on %s at a non-finite gradient', (backend) => {
  it('should report ‖u‖∞ and ‖u‖₂ as not finite, wherever the NaN sits in the tensor', async () => {
    await initBackend(backend);
    for (const at of [0, 3, 9]) {
      const opt = tensorOptimizer(configs[0].config, {});
      const params = [seeded([10], 5)];
      const g = Float32Array.from({ length: 10 }, (_, i) => (i === at ? Number.NaN : 0.1 * (i + 1)));
      const grads = [tf.tensor(g, [10])];
      const out = opt.step(params, grads);
      expect(Number.isNaN(out.stats.updateMax), `NaN at ${at}`).toBe(true);
      expect(Number.isFinite(out.stats.updateNorm)).toBe(false);
      tf.dispose([...grads, ...out.params]);
      opt.dispose();
    }
  });
});
