/**
 * "sweep speedup --jobs 2": a real sweep (MNIST MLP 784-128-10, batch 64, eight seeds × 1500 steps, runs between
 * the standard budget's figure-3 runs, 1006 steps, and table 1's, 5000) trained cold into
 * a fresh results directory with --jobs 1 (in this process) and --jobs N (worker processes), alternately, each
 * `repeats` times; prints both wall times, their ratio per repeat, and whether the cached series agree bit
 * for bit (they must: a mismatch is printed as such, never hidden). Beside it, the machine's own headroom: one
 * plain child process training one run against two at once (no pool involved), ×2 when two cores are free —
 * on a shared machine (per-session CPU shares) it is what caps the sweep speedup.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunConfig } from '../experiments/harness/train.js';
import { closeSharedRunPools } from '../experiments/pool/pool.js';
import { runConfigs } from '../experiments/specs/common.js';

const adam = { kind: 'adam' as const, opts: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true } };
const sweep = (steps: number, seeds: number): RunConfig[] =>
  Array.from({ length: seeds }, (_, seed) => ({
    task: { kind: 'mnist-mlp', hidden: [128] },
    optimizer: adam,
    batch: 64,
    steps,
    seed,
  }));

async function timed(configs: RunConfig[], jobs: number): Promise<{ s: number; series: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'optverify-bench-sweep-'));
  try {
    const t0 = performance.now();
    const { results } = await runConfigs(configs, { dir, backend: 'wasm', jobs });
    return { s: (performance.now() - t0) / 1000, series: JSON.stringify(results.map((r) => r.loss)) };
  } finally {
    closeSharedRunPools(); // cold workers every time: their startup (tfjs, wasm, MNIST) is in the measured time
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run of `steps` in a fresh `node` process (the same code path as a worker, without the pool). */
function childRun(steps: number): Promise<void> {
  const harness = new URL('../experiments/harness/train.js', import.meta.url).href;
  const backends = new URL('../experiments/backends.js', import.meta.url).href;
  const code = `const { initBackend } = await import(${JSON.stringify(backends)});
const { trainRun } = await import(${JSON.stringify(harness)});
await initBackend('wasm');
trainRun(${JSON.stringify(sweep(steps, 1)[0])});`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: 'ignore' });
    child.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`headroom child exited with ${c}`))));
  });
}

/** 2 × (wall of one child run) / (wall of two at once): 2 on two free cores, 1 when the machine gives no more. */
async function headroom(steps: number): Promise<number> {
  let t0 = performance.now();
  await childRun(steps);
  const one = performance.now() - t0;
  t0 = performance.now();
  await Promise.all([childRun(steps), childRun(steps)]);
  return (2 * one) / (performance.now() - t0);
}

export async function benchSweep(jobs = 2, steps = 1500, seeds = 8, repeats = 2): Promise<void> {
  const configs = sweep(steps, seeds);
  await timed(sweep(3, 1), 1); // load tfjs, wasm and MNIST in this process first, as a sweep inside `verify` finds them
  for (let r = 1; r <= repeats; r++) {
    const one = await timed(configs, 1);
    const many = await timed(configs, jobs);
    const room = await headroom(steps);
    console.log(
      `sweep speedup --jobs ${jobs} (${seeds} runs × ${steps} steps, mlp 784-128-10 b64, wasm; repeat ${r}/${repeats}): --jobs 1 ${one.s.toFixed(1)} s, --jobs ${jobs} ${many.s.toFixed(1)} s, ×${(one.s / many.s).toFixed(2)} (goal ≥ 1.8 on 2 free cores); series ${one.series === many.series ? 'identical' : 'DIFFER'}; machine headroom now ×${room.toFixed(2)} (two plain processes at once vs one; 2 = two free cores)`,
    );
  }
}
