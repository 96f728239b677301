/** --jobs: a sweep in worker processes gives the cache files and series of --jobs 1, bit for bit; no orphans. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listRuns } from '../../experiments/cache/store.js';
import type { RunConfig, RunResult } from '../../experiments/harness/train.js';
import { createRunPool } from '../../experiments/pool/pool.js';
import { runConfigs } from '../../experiments/specs/common.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'optverify-pool-'));
const base: RunConfig = {
  task: { kind: 'mnist-mlp', hidden: [16], trainExamples: 300 },
  optimizer: { kind: 'adam', opts: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true } },
  batch: 16,
  steps: 12,
  seed: 5,
  watch: ['W1'],
};
const configs = [
  base,
  { ...base, seed: 6, optimizer: { kind: 'rmsprop', opts: { lr: 1e-3, beta2: 0.99, eps: 1e-8 } } } as RunConfig,
];

/** Every number of a result as its float64 bits (so −0, NaN payloads and the last ulp count). */
function bits(x: unknown): unknown {
  if (typeof x === 'number') return Array.from(new Uint32Array(Float64Array.of(x).buffer));
  if (Array.isArray(x)) return x.map(bits);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, bits(v)]));
  return x;
}
const resultOf = (dir: string, hash: string): unknown =>
  (JSON.parse(readFileSync(join(dir, `${hash}.json`), 'utf8')) as { result: unknown }).result;

describe('sweeps in worker processes (--jobs)', () => {
  it('gives the same cache files (hashes) and the same series bit for bit as --jobs 1', async () => {
    const [one, two] = [temp(), temp()];
    const a = await runConfigs(configs, { dir: one, backend: 'wasm', jobs: 1 });
    const b = await runConfigs(configs, { dir: two, backend: 'wasm', jobs: 2 });
    expect(listRuns(one)).toHaveLength(2);
    expect(listRuns(two)).toEqual(listRuns(one));
    for (const h of listRuns(one)) expect(resultOf(two, h)).toEqual(resultOf(one, h));
    expect(bits(b.results)).toEqual(bits(a.results));
    expect(a.results[0].loss).toHaveLength(12);
    expect(a.results[0].loss).not.toEqual(a.results[1].loss);
    expect(b.detail.complete).toBe(true);
    // a rerun with workers reads every run back from the cache, trains nothing
    const again = await runConfigs(configs, { dir: two, backend: 'wasm', jobs: 2 });
    expect(bits(again.results)).toEqual(bits(a.results));
  }, 120_000);

  it('refuses a backend the worker cannot load as exactly that backend (no silent fallback), one line', async () => {
    const pool = createRunPool<RunConfig, RunResult>({ size: 1, backend: 'tensorflow', namespace: 'tfjs-train-run' });
    try {
      await expect(pool.run(base)).rejects.toThrow(
        /^worker \d+: backend tensorflow did not load in the worker \(got cpu\)$/,
      );
      await expect(createRunPool({ size: 1, backend: 'cpu', namespace: 'nope' }).run(base)).rejects.toThrow(
        /no runner for namespace nope/,
      );
    } finally {
      pool.close();
    }
    expect(() => createRunPool({ size: 0, backend: 'cpu', namespace: 'x' })).toThrow(/integer ≥ 1, got 0/);
  }, 60_000);

  it('leaves no orphan when the parent is SIGKILLed mid-run: the workers exit on IPC disconnect', async () => {
    const parent = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./fixtures/pool-parent.ts', import.meta.url)), temp()],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        parent.stdout.on('data', (d: Buffer) => {
          out += String(d);
          const m = /workers ([\d ]+)\n/.exec(out);
          if (m) resolve(m[1]);
        });
        parent.on('exit', () => reject(new Error(`parent exited before reporting its workers: ${out}`)));
      });
      const pids = line.trim().split(' ').map(Number);
      expect(pids).toHaveLength(2);
      // a zombie (exited, not yet reaped by the new parent) counts as gone
      const alive = (pid: number): boolean => {
        try {
          return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
        } catch {
          return false;
        }
      };
      expect(pids.every(alive)).toBe(true);
      parent.kill('SIGKILL');
      for (let waited = 0; pids.some(alive); waited += 100) {
        if (waited > 20_000) throw new Error(`workers ${pids.filter(alive).join(', ')} outlived their parent`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(pids.some(alive)).toBe(false);
    } finally {
      parent.kill('SIGKILL'); // a failed assertion must not leave the parent sweeping
    }
  }, 60_000);
});
