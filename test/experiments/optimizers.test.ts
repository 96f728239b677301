/** Instrumented tfjs optimizers against the Float64 kernels of src/numeric, step for step. */
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import { initBackend } from '../../experiments/backends.js';
import { setOptimizerPath, tensorOptimizer } from '../../experiments/harness/optimizers.js';
import type { OptimizerConfig } from '../../experiments/harness/optimizers.js';
import { createRng } from '../../src/core/rng.js';
import { adam, adamw, kAdam, kAdamLevels, rmsprop } from '../../src/numeric/optimizers/index.js';
import type { Optimizer } from '../../src/numeric/optimizers/index.js';
import { expectClose } from '../helpers/expect-close.js';

const shapes = [[5, 4], [7]] as const;
const n = 27;

const cases: {
  name: string;
  config: OptimizerConfig; // biome-ignore lint/suspicious/noExplicitAny: one table holds kernels of different state types
  kernel: Optimizer<any>;
}[] = [
  {
    name: 'adam raw (paper form)',
    config: { kind: 'adam', opts: { lr: 0.01, beta1: 0.9, beta2: 0.99, eps: 1e-8, epsPlacement: 'inside-root' } },
    kernel: adam({ lr: 0.01, beta1: 0.9, beta2: 0.99, eps: 1e-8, epsPlacement: 'inside-root' }),
  },
  {
    name: 'adam bias-corrected',
    config: { kind: 'adam', opts: { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true } },
    kernel: adam({ lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true }),
  },
  {
    name: 'adam first-gradient init',
    config: { kind: 'adam', opts: { lr: 0.01, beta1: 0.9, beta2: 0.9, init: 'first-gradient' } },
    kernel: adam({ lr: 0.01, beta1: 0.9, beta2: 0.9, init: 'first-gradient' }),
  },
  {
    name: 'adamw',
    config: {
      kind: 'adamw',
      opts: { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true, weightDecay: 0.1 },
    },
    kernel: adamw({ lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true, weightDecay: 0.1 }),
  },
  {
    name: 'rmsprop',
    config: { kind: 'rmsprop', opts: { lr: 0.01, beta2: 0.99, eps: 1e-8 } },
    kernel: rmsprop({ lr: 0.01, beta2: 0.99, eps: 1e-8 }),
  },
  {
    name: '2-adam inverse-exp',
    config: { kind: 'k-adam', opts: { lr: 0.01, levels: kAdamLevels('inverse-exp', 2) } },
    kernel: kAdam({ lr: 0.01, levels: kAdamLevels('inverse-exp', 2) }),
  },
  {
    name: '3-adam exp, coupled decay',
    config: { kind: 'k-adam', opts: { lr: 0.01, levels: kAdamLevels('exp', 3), weightDecay: 0.05, coupled: true } },
    kernel: kAdam({ lr: 0.01, levels: kAdamLevels('exp', 3), weightDecay: 0.05, coupled: true }),
  },
];

function split(flat: Float64Array): tf.Tensor[] {
  let k = 0;
  return shapes.map((s) => {
    const size = s.reduce((a, b) => a * b, 1);
    const t = tf.tensor(Float32Array.from(flat.subarray(k, k + size)), [...s]);
    k += size;
    return t;
  });
}

const paths = [
  { backend: 'cpu', path: 'auto' },
  { backend: 'wasm', path: 'auto' },
  { backend: 'cpu', path: 'composed' },
  { backend: 'wasm', path: 'composed' },
] as const;

describe.each(paths)('instrumented optimizers on $backend, $path step', ({ backend, path }) => {
  afterEach(() => setOptimizerPath('auto')); // also after a failure, so that no later test runs on the wrong path
  it.each(cases)('should match the Float64 kernel step for step: $name', async ({ config, kernel }) => {
    await initBackend(backend);
    setOptimizerPath(path);
    const rng = createRng(7, 'opt-test');
    // float32-representable inputs so both sides start from identical numbers
    let p64 = Float64Array.from({ length: n }, () => Math.fround(rng.normal()));
    let state = kernel.init(p64);
    let params = split(p64);
    const opt = tensorOptimizer(config, { watch: [0] });
    for (let step = 0; step < 6; step++) {
      const g = Float64Array.from({ length: n }, () => Math.fround(rng.normal() * 10 ** rng.uniform(-2, 1)));
      const ref = kernel.step(p64, g, state);
      const grads = split(g);
      const out = opt.step(params, grads, 1);
      grads.forEach((x) => x.dispose());
      params = out.params;
      const got = Float64Array.from((await Promise.all(params.map((x) => x.data()))).flatMap((a) => [...a]));
      for (let i = 0; i < n; i++) expectClose(got[i], ref.params[i], { rtol: 2e-6, atol: 2e-6 });
      const uNorm = Math.hypot(...ref.update);
      expectClose(out.stats.updateNorm, uNorm, { rtol: 1e-5 });
      expectClose(out.stats.updateMax, Math.max(...ref.update.map(Math.abs)), { rtol: 1e-5 });
      expectClose(
        out.stats.tensors[0].w2,
        p64.subarray(0, 20).reduce((s, x) => s + x * x, 0),
        { rtol: 1e-5 },
      );
      expectClose(
        out.stats.tensors[0].u2,
        ref.update.subarray(0, 20).reduce((s, x) => s + x * x, 0),
        { rtol: 1e-5 },
      );
      p64 = Float64Array.from(got); // continue both from the same float32 state
      state = ref.state;
    }
    params.forEach((x) => x.dispose());
    opt.dispose();
    expect(tf.getBackend()).toBe(backend);
  });
});
