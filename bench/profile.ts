/**
 * Where a training step's time goes on the active tfjs backend, for the training bench: kernel time by
 * category over (N − 1) steps (a profiled N-step run minus a profiled 1-step run, so setup and the final
 * validation cancel), the rest of the wall time as engine and JS overhead, and the GEMM rate of the step's
 * costliest matmul shape beside PyTorch's on the same shape, which bounds the ratio any tfjs change can reach.
 */
import { spawnSync } from 'node:child_process';
import * as tf from '@tensorflow/tfjs';
import { trainRun } from '../experiments/harness/train.js';
import type { RunConfig } from '../experiments/harness/train.js';
import { fusedAdamKernel } from '../experiments/kernels/fused-adam-kernel.js';
import { timeIt } from './time-it.js';

interface Category {
  readonly name: string;
  readonly test: (k: { name: string; inputShapes: number[][] }) => boolean;
}
const batchOf = (shape: readonly number[]) => tf.util.sizeFromShape(shape.slice(0, -2));
const categories: Category[] = [
  { name: 'unbatched matmul', test: (k) => k.name === tf.BatchMatMul && batchOf(k.inputShapes[0]) === 1 },
  { name: 'batched matmul (attention)', test: (k) => k.name === tf.BatchMatMul },
  { name: 'transpose', test: (k) => k.name === tf.Transpose },
  { name: 'optimizer step', test: (k) => k.name === fusedAdamKernel },
  { name: 'elementwise, reductions, softmax', test: () => true },
];

/** Milliseconds per kernel category in one profiled run, its shapes' matmul time, and its wall time. */
async function kernelTimes(cfg: RunConfig): Promise<{ ms: number[]; shapes: Map<string, number>; wall: number }> {
  const backend = tf.getBackend();
  const t0 = performance.now();
  const info = await tf.profile(() => {
    trainRun(cfg);
  });
  const wall = performance.now() - t0;
  const ms = categories.map(() => 0);
  const shapes = new Map<string, number>();
  for (const k of info.kernels) {
    // customGrad and composite ops show up as named scopes around the kernels they run: counted once
    if (!tf.getKernel(k.name, backend)) continue;
    const t = k.kernelTimeMs as number;
    ms[categories.findIndex((c) => c.test(k))] += t;
    if (k.name === tf.BatchMatMul) {
      const key = JSON.stringify(k.inputShapes);
      shapes.set(key, (shapes.get(key) ?? 0) + t);
    }
  }
  return { ms, shapes, wall };
}

/** GFLOP/s of a·b (rank 2, fresh inputs) in tfjs on the active backend. */
function tfjsGemm(M: number, K: number, N: number): number {
  const a = tf.randomNormal([M, K]);
  const b = tf.randomNormal([K, N]);
  const product = () => (tf.matMul(a, b).dispose(), 0);
  product();
  const { perSec } = timeIt(product, 400);
  tf.dispose([a, b]);
  return (2 * M * K * N * perSec) / 1e9;
}

function torchGemm(python: string | undefined, script: string, M: number, K: number, N: number): number | undefined {
  if (!python) return undefined;
  const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' };
  const r = spawnSync(python, [script, 'gemm', String(M), String(K), String(N), '1', '0.4'], { encoding: 'utf8', env });
  return r.status === 0 ? (JSON.parse(r.stdout) as { gflops: number }).gflops : undefined;
}

/**
 * Print the profile of `cfg(steps)` (the profiled run's own wall time per step: profiling slows every kernel a
 * little, so its shares, not the unprofiled rate, are what to read); with PyTorch's rate, also the bound: the
 * ratio tfjs would reach if every kernel but the matmuls took no time.
 */
export async function printStepProfile(
  label: string,
  cfg: (steps: number) => RunConfig,
  steps: number,
  torch?: { python?: string; script: string; stepsPerS?: number },
): Promise<void> {
  const full = await kernelTimes(cfg(steps));
  const one = await kernelTimes(cfg(1));
  const per = full.ms.map((t, i) => Math.max(0, t - one.ms[i]) / (steps - 1));
  const wall = (full.wall - one.wall) / (steps - 1);
  const overhead = Math.max(0, wall - per.reduce((a, b) => a + b, 0));
  const parts = [...categories.map((c, i) => [c.name, per[i]] as const), ['engine and JS', overhead] as const]
    .filter(([, ms]) => ms > 0.005 * wall)
    .map(([name, ms]) => `${name} ${ms.toFixed(2)} ms (${((100 * ms) / wall).toFixed(0)}%)`);
  console.log(`  profile, ${label} (under tf.profile): ${wall.toFixed(2)} ms/step = ${parts.join(', ')}`);
  const [worst] = [...full.shapes].sort((p, q) => q[1] - p[1]);
  if (!worst) return;
  const [[M, K], [, N]] = (JSON.parse(worst[0]) as number[][]).map((s) => s.slice(-2));
  const ours = tfjsGemm(M, K, N);
  const theirs = torch && torchGemm(torch.python, torch.script, M, K, N);
  const matmulMs = per[0] + per[1];
  const bound =
    theirs && torch?.stepsPerS
      ? `; with every other kernel free, tfjs would reach ×${(1000 / matmulMs / torch.stepsPerS).toFixed(2)} of PyTorch`
      : '';
  console.log(
    `  GEMM ${M}×${K}·${K}×${N} (the step's costliest matmul shape): tfjs ${ours.toFixed(1)} GFLOP/s${theirs ? `, PyTorch 1 thread ${theirs.toFixed(1)} GFLOP/s (×${(ours / theirs).toFixed(2)})` : ''}${bound}`,
  );
}
