/**
 * Training throughput (steps/s) per backend: the MNIST MLP 784-128-10 at batch 64 and the char
 * transformer, each with the stock tfjs matMul gradient (transposeA/B → scalar loop on wasm) and with
 * the harness's explicit-transpose matmul, in the same process; ratio fast/stock printed. The same models
 * in PyTorch on CPU (bench/torch_reference.py, 1 and 2 threads, OMP_WAIT_POLICY=PASSIVE) are measured when
 * a python3 with torch exists (never installed by this script); the ratio is against PyTorch's best.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { describeBackend, initBackend } from '../experiments/backends.js';
import type { BackendName } from '../experiments/backends.js';
import { loadMobyDick } from '../experiments/data/moby-dick.js';
import { trainRun } from '../experiments/harness/train.js';
import type { RunConfig } from '../experiments/harness/train.js';
import { setMatmulMode } from '../experiments/models/layers.js';

const adam = { kind: 'adam' as const, opts: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true } };
const models: { name: string; config: (steps: number) => RunConfig }[] = [
  {
    name: 'mlp 784-128-10, batch 64',
    config: (steps) => ({ task: { kind: 'mnist-mlp', hidden: [128] }, optimizer: adam, batch: 64, steps, seed: 0 }),
  },
  {
    name: 'char transformer 2×64 h4, ctx 64, batch 16',
    config: (steps) => ({
      task: { kind: 'char-transformer', context: 64, dModel: 64, heads: 4, layers: 2, qkNorm: false },
      optimizer: adam,
      batch: 16,
      steps,
      seed: 0,
    }),
  },
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
      console.log(
        `  ${m.name}: stock tfjs ${stock.toFixed(1)} steps/s; explicit-transpose matmul ${fast.toFixed(1)} steps/s; ratio ×${(fast / stock).toFixed(2)}`,
      );
      best.set(m.name, [...(best.get(m.name) ?? []), stock, fast]);
    }
  }
  console.log(`  tensors alive after bench: ${tf.memory().numTensors}`);
  const torch = torchReference(seconds);
  if (!torch) {
    console.log(
      '  PyTorch reference: no python3 with torch on this machine (Debian: python3-torch + libopenblas0-pthread; never installed by the bench); no ratio against PyTorch',
    );
    return;
  }
  for (const [i, m] of models.entries()) {
    const ours = Math.max(...(best.get(m.name) ?? [NaN]));
    const ref = torch.best[i];
    console.log(
      `  ${m.name}: PyTorch ${torch.version} CPU ${torch.rows[i]} → best ${ref.toFixed(1)} steps/s; tfjs best ${ours.toFixed(1)} steps/s; ratio tfjs/PyTorch ×${(ours / ref).toFixed(2)} (goal ≥ ${goals[i]})`,
    );
  }
}

const goals = [0.5, 0.25];
/** Best steps/s of each model per backend run (filled by benchTraining). */
const best = new Map<string, number[]>();

/** PyTorch CPU steps/s for the same models, 1 and 2 threads under OMP_WAIT_POLICY=PASSIVE, or null without torch. */
function torchReference(seconds: number): { version: string; rows: string[]; best: number[] } | null {
  const python = ['python3', '/usr/bin/python3'].find(
    (p) => spawnSync(p, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0,
  );
  if (!python) return null;
  const script = fileURLToPath(new URL('../../bench/torch_reference.py', import.meta.url));
  const vocab = String(loadMobyDick().vocab.length);
  let version = '?';
  const rows: string[] = [];
  const bests: number[] = [];
  for (const model of ['mlp', 'transformer']) {
    const perThreads = [1, 2].map((threads) => {
      const env = {
        ...process.env,
        OMP_WAIT_POLICY: 'PASSIVE',
        OMP_NUM_THREADS: String(threads),
        OPENBLAS_NUM_THREADS: String(threads),
      };
      const r = spawnSync(python, [script, model, String(threads), String(seconds), vocab], { encoding: 'utf8', env });
      if (r.status !== 0) return { threads, sps: NaN };
      const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { steps_per_s?: number; torch?: string };
      version = out.torch ?? version;
      return { threads, sps: Number(out.steps_per_s) };
    });
    rows.push(perThreads.map((p) => `${p.threads} thread${p.threads > 1 ? 's' : ''} ${p.sps.toFixed(1)}`).join(', '));
    bests.push(Math.max(...perThreads.map((p) => p.sps)));
  }
  return { version, rows, best: bests };
}
