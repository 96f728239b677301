/**
 * Resumable sweeps: each configuration (plus the backend) is hashed; a finished run is read back
 * from the cache, a missing one is trained and stored atomically at once — so a killed sweep loses
 * at most the runs in flight (up to `jobs` of them), and a rerun recomputes nothing that finished.
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
  /**
   * Runs in flight at once (default 1: one after another). More only helps with a runner that works off
   * the main thread (experiments/pool); results and cache files are the same for every value.
   */
  readonly jobs?: number;
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
  const jobs = Math.max(1, Math.floor(o.jobs ?? 1));
  const out: StoredRun<C, R>[] = new Array(mine.length);
  const keyed = { namespace: o.namespace, code: o.code, backend: o.backend };
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  const train = async (i: number, config: C, hash: string): Promise<void> => {
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
    out[i] = run;
  };
  for (const [i, config] of mine.entries()) {
    await nextTurn(); // a SIGINT during the previous (synchronous) run reaches its handler here
    if (failure) break;
    if (o.signal?.aborted) {
      await Promise.all(inFlight); // the runs in flight finish and are cached
      throw new InterruptedError(
        `interrupted after ${i} of ${mine.length} run(s) of the sweep; finished runs are cached`,
      );
    }
    const hash = runHash(config, keyed);
    const read = readRunChecked<C, R>(dir, hash, o.validate);
    if (read.problem) o.onDrop?.(read.problem);
    const hit = read.run;
    o.onRun?.(i, mine.length, hit !== null);
    if (hit) {
      out[i] = hit;
      continue;
    }
    const job: Promise<void> = train(i, config, hash)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
    // jobs = 1: wait for this run before reading the next entry (the sequential sweep)
    while (inFlight.size >= jobs) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw (failure as { error: unknown }).error;
  return out;
}
