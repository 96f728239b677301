/**
 * Training throughput (steps/s, steady state: from the first step's end to the last's) per backend: the
 * MNIST MLP 784-128-10 at batch 64 and the char transformer, each with tfjs's stock kernels and with the
 * harness's own (explicit-transpose matmul gradient, batched matmul through XNNPACK, fused Adam step), in
 * the same process; ratio printed. The same models in PyTorch on CPU (bench/torch_reference.py, 1 thread,
 * OMP_WAIT_POLICY=PASSIVE) are measured when a python3 with torch exists (never installed by this
 * script), in rounds alternating with tfjs; then the profile of each wasm step (bench/profile.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { describeBackend, initBackend } from '../experiments/backends.js';
import type { BackendName } from '../experiments/backends.js';
import { loadMobyDick } from '../experiments/data/moby-dick.js';
import { trainRun } from '../experiments/harness/train.js';
import type { RunConfig } from '../experiments/harness/train.js';
import { setOptimizerPath } from '../experiments/harness/optimizers.js';
import { setWasmBatchMatMul } from '../experiments/kernels/wasm-batch-matmul.js';
import { setMatmulMode } from '../experiments/models/layers.js';
import { printStepProfile } from './profile.js';
import { median } from './time-it.js';

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

/**
 * Steps/s of `cfg` after a short warm-up (compiles kernels, loads data): runs of growing length, each timed
 * from the end of its first step to the end of its last, so task setup and the final validation are out.
 */
function stepsPerSecond(cfg: (steps: number) => RunConfig, seconds: number): number {
  trainRun(cfg(3));
  const t0 = performance.now();
  let steps = 0;
  let ms = 0;
  let n = 6;
  while ((performance.now() - t0) / 1000 < seconds) {
    let first = 0;
    trainRun(cfg(n), (done) => {
      if (done === 1) first = performance.now();
      if (done === n) {
        ms += performance.now() - first;
        steps += n - 1; // counted only when the run reached its last step (a diverged run stops early)
      }
    });
    n = Math.min(n * 2, 200);
  }
  return steps / (ms / 1000);
}

/** tfjs's own kernels throughout ('stock'), or the harness's where the backend has them ('harness'). */
function useKernels(which: 'stock' | 'harness'): void {
  setMatmulMode(which === 'stock' ? 'stock' : 'auto');
  setOptimizerPath(which === 'stock' ? 'composed' : 'auto');
  if (tf.getBackend() === 'wasm') setWasmBatchMatMul(which === 'stock' ? 'stock' : 'sliced');
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
      useKernels('stock');
      const stock = stepsPerSecond(m.config, budget);
      useKernels('harness');
      const ours = stepsPerSecond(m.config, budget);
      console.log(
        `  ${m.name}: stock tfjs kernels ${stock.toFixed(1)} steps/s; harness kernels ${ours.toFixed(1)} steps/s; ratio ×${(ours / stock).toFixed(2)}`,
      );
    }
  }
  console.log(`  tensors alive after bench: ${tf.memory().numTensors}`);
  const torch = await interleavedAgainstTorch(seconds);
  const b = await initBackend('wasm');
  if (b.name !== 'wasm') return;
  useKernels('harness');
  for (const [i, m] of models.entries()) {
    const rate = torch.rates[i]?.ours ?? stepsPerSecond(m.config, seconds);
    const steps = Math.max(6, Math.round(rate * 1.5));
    await printStepProfile(m.name, m.config, steps, {
      python: torch.python,
      script: torchScript,
      stepsPerS: torch.rates[i]?.theirs,
    });
  }
}

const torchScript = fileURLToPath(new URL('../../bench/torch_reference.py', import.meta.url));

/** Issue 16's goals: tfjs (fast matmul, wasm) ÷ PyTorch-CPU with 1 thread. */
const goals = [0.8, 0.5];
const rounds = 7;

/**
 * tfjs and PyTorch alternate in short rounds (ABAB…, `rounds` each, `seconds`/4 per round and side), the
 * PyTorch model built and warmed up once in a long-lived process (torch_reference.py serve); the ratio is
 * the median of the per-round ratios, so a load spike hits both sides of a round instead of one whole run.
 */
async function interleavedAgainstTorch(
  seconds: number,
): Promise<{ python?: string; rates: { ours: number; theirs: number }[] }> {
  const python = ['/usr/bin/python3', 'python3'].find(
    (p) => spawnSync(p, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0,
  );
  if (!python) {
    console.log(
      '  PyTorch reference: no python3 with torch on this machine (Debian: python3-torch + libopenblas0-pthread; never installed by the bench); no ratio against PyTorch',
    );
    return { rates: [] };
  }
  const b = await initBackend('wasm');
  if (b.name !== 'wasm') return { python, rates: [] };
  useKernels('harness');
  const script = torchScript;
  const rates: { ours: number; theirs: number }[] = [];
  const vocab = String(loadMobyDick().vocab.length);
  const round = seconds / 4;
  for (const [i, m] of models.entries()) {
    const torch = await TorchServer.start(python, script, i === 0 ? 'mlp' : 'transformer', vocab);
    const ratios: number[] = [];
    const ours: number[] = [];
    const theirs: number[] = [];
    trainRun(m.config(3));
    for (let r = 0; r < rounds; r++) {
      ours.push(stepsPerSecond(m.config, round));
      theirs.push(await torch.round(round));
      ratios.push(ours[r] / theirs[r]);
    }
    torch.close();
    const med = median(ratios);
    if (!/openblas|mkl/i.test(torch.blas))
      console.log(
        `  warning: PyTorch runs on ${torch.blas}, not OpenBLAS/MKL: a slow reference BLAS flatters tfjs (Debian: apt-get install libopenblas0-pthread)`,
      );
    console.log(
      `  ${m.name}: tfjs wasm (harness kernels) ${median(ours).toFixed(1)} steps/s vs PyTorch ${torch.version} CPU 1 thread (${torch.blas}) ${median(theirs).toFixed(1)} (medians of ${rounds} interleaved rounds); ratio tfjs/PyTorch ×${med.toFixed(2)} (median of per-round ratios, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; goal ≥ ${goals[i]})`,
    );
    rates.push({ ours: median(ours), theirs: median(theirs) });
  }
  return { python, rates };
}

/** A PyTorch model in a long-lived python process: one timed round per request. */
class TorchServer {
  private readonly lines: string[] = [];
  private waiting: ((line: string) => void) | null = null;
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    public version: string,
    public blas = '?',
  ) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w(line);
      } else this.lines.push(line);
    });
  }

  static async start(python: string, script: string, model: string, vocab: string): Promise<TorchServer> {
    const env = { ...process.env, OMP_WAIT_POLICY: 'PASSIVE', OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' };
    const child = spawn(python, [script, 'serve', model, '1', vocab], { env });
    const server = new TorchServer(child, '?');
    const ready = JSON.parse(await server.next()) as { torch?: string; blas?: string };
    server.version = ready.torch ?? '?';
    server.blas = ready.blas ?? '?';
    return server;
  }

  private next(): Promise<string> {
    const queued = this.lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  async round(seconds: number): Promise<number> {
    this.child.stdin.write(`${seconds}\n`);
    return Number((JSON.parse(await this.next()) as { steps_per_s?: number }).steps_per_s);
  }

  close(): void {
    this.child.stdin.end();
  }
}
