/**
 * Training throughput (steps/s) per backend: the MNIST MLP 784-128-10 at batch 64 and the char
 * transformer, each with the stock tfjs matMul gradient (transposeA/B → scalar loop on wasm) and with
 * the harness's explicit-transpose matmul, in the same process; ratio fast/stock printed. A PyTorch
 * reference is measured only if `python3 -c "import torch"` works (never installed by this script).
 */
import { spawnSync } from 'node:child_process';
import * as tf from '@tensorflow/tfjs';
import { describeBackend, initBackend } from '../experiments/backends.js';
import type { BackendName } from '../experiments/backends.js';
import { trainRun } from '../experiments/harness/train.js';
import type { RunConfig } from '../experiments/harness/train.js';
import { setMatmulMode } from '../experiments/models/layers.js';

const adam = { kind: 'adam' as const, opts: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true } };
const models: { name: string; config: (steps: number) => RunConfig }[] = [
  { name: 'mlp 784-128-10, batch 64', config: (steps) => ({ task: { kind: 'mnist-mlp', hidden: [128] }, optimizer: adam, batch: 64, steps, seed: 0 }) },
  { name: 'char transformer 2×64 h4, ctx 64, batch 16', config: (steps) => ({ task: { kind: 'char-transformer', context: 64, dModel: 64, heads: 4, layers: 2, qkNorm: false }, optimizer: adam, batch: 16, steps, seed: 0 }) },
];

/** Steps/s of `cfg` after a short warm-up (compiles kernels, loads data). */
function stepsPerSecond(cfg: (steps: number) => RunConfig, seconds: number): number {
  trainRun(cfg(3));
  const t0 = performance.now();
  let steps = 0;
  let n = 5;
  while ((performance.now() - t0) / 1000 < seconds) {
    trainRun(cfg(n));
    steps += n;
    n = Math.min(n * 2, 200);
  }
  return steps / ((performance.now() - t0) / 1000);
}

/** Print steps/s per available backend (wasm, cpu by default) and model, stock vs fast matmul. */
export async function benchTraining(backends: readonly BackendName[] = ['wasm', 'cpu'], seconds = 4): Promise<void> {
  for (const name of backends) {
    const b = await initBackend(name);
    if (b.name !== name) {
      console.log(`training bench: ${name} unavailable (${b.skipped.map((s) => s.reason).join('; ')})`);
      continue;
    }
    console.log(`training bench on ${describeBackend(b)}`);
    for (const m of models) {
      const budget = name === 'cpu' ? seconds / 2 : seconds;
      setMatmulMode('stock');
      const stock = stepsPerSecond(m.config, budget);
      setMatmulMode('fast');
      const fast = stepsPerSecond(m.config, budget);
      setMatmulMode('auto');
      console.log(`  ${m.name}: stock tfjs ${stock.toFixed(1)} steps/s; explicit-transpose matmul ${fast.toFixed(1)} steps/s; ratio ×${(fast / stock).toFixed(2)}`);
    }
  }
  console.log(`  tensors alive after bench: ${tf.memory().numTensors}`);
  const torch = spawnSync('python3', ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' });
  console.log(torch.status === 0 ? `  PyTorch ${torch.stdout.trim()} present: reference run not wired yet` : '  PyTorch reference: python3-torch not installed on this machine (not installed by the bench); no ratio against PyTorch');
}
