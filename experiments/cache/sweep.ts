/**
 * Resumable sweeps: each configuration (plus the backend) is hashed; a finished run is read back
 * from the cache, a missing one is trained and stored atomically at once — so a killed sweep loses
 * at most the run in flight, and a rerun recomputes nothing that finished.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { InterruptedError } from '../../src/core/errors.js';
import { readRunChecked, resultsDir, runHash, writeRun } from './store.js';
import type { StoredRun } from './store.js';
import { parseShard, selectShard } from './shard.js';
import type { Shard } from './shard.js';

/** Options of a sweep: where to cache, which shard (else env OPTVERIFY_SHARD=k/n), which backend label, progress. */
export interface SweepOptions {
  readonly dir?: string;
  readonly shard?: Shard;
  readonly backend: string;
  /** Which runner produced the results (one namespace per runner) and the fingerprint of its code. */
  readonly namespace: string;
  readonly code: string;
  /** Why a cached result is unusable (wrong shape, non-finite where finite is required); null when usable. */
  readonly validate?: (result: unknown) => string | null;
  /** A cached run dropped on read, one line saying why (it is retrained). */
  readonly onDrop?: (line: string) => void;
  /** Checked before each run: when aborted, the sweep stops (finished runs are on disk) with InterruptedError. */
  readonly signal?: AbortSignal;
  /** Called before each run: index, total, whether it came from the cache. */
  readonly onRun?: (i: number, total: number, cached: boolean) => void;
}

const require = createRequire(import.meta.url);
function version(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'absent';
  }
}

/** Versions recorded in every run's provenance. */
export function harnessVersions(): Record<string, string> {
  return { node: process.version, '@tensorflow/tfjs': version('@tensorflow/tfjs'), harness: '1' };
}

/**
 * Run (or read back) every configuration of this shard with `runner`. Results come back in input
 * order for the selected items. `seedOf` names the seed recorded in provenance.
 */
export async function runSweep<C extends { seed: number }, R>(
  configs: readonly C[],
  runner: (c: C) => R | Promise<R>,
  o: SweepOptions,
): Promise<StoredRun<C, R>[]> {
  const dir = resultsDir(o.dir);
  const envShard = process.env.OPTVERIFY_SHARD;
  const mine = selectShard(configs, o.shard ?? (envShard ? parseShard(envShard) : undefined));
  const out: StoredRun<C, R>[] = [];
  const keyed = { namespace: o.namespace, code: o.code, backend: o.backend };
  for (const [i, config] of mine.entries()) {
    await nextTurn(); // a SIGINT during the previous (synchronous) run reaches its handler here
    if (o.signal?.aborted)
      throw new InterruptedError(
        `interrupted after ${i} of ${mine.length} run(s) of the sweep; finished runs are cached`,
      );
    const hash = runHash(config, keyed);
    const read = readRunChecked<C, R>(dir, hash, o.validate);
    if (read.problem) o.onDrop?.(read.problem);
    const hit = read.run;
    o.onRun?.(i, mine.length, hit !== null);
    if (hit) {
      out.push(hit);
      continue;
    }
    const t0 = performance.now();
    const result = await runner(config);
    const wall_s = (performance.now() - t0) / 1000;
    const run: StoredRun<C, R> = {
      hash,
      keyed,
      config,
      result,
      provenance: {
        versions: harnessVersions(),
        backend: o.backend,
        seed: config.seed,
        wall_s,
        host: os.hostname(),
        finishedAt: new Date().toISOString(),
      },
    };
    writeRun(dir, run);
    out.push(run);
  }
  return out;
}
