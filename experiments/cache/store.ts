/**
 * Run cache: each run is keyed by the SHA-256 of its canonical (key-sorted) JSON configuration and
 * stored as `<hash>.json` under the results directory (default `.optverify/runs`, env
 * OPTVERIFY_RESULTS_DIR) with atomic writes (write `<hash>.json.<pid>.tmp`, then rename).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Provenance of a stored run: versions, backend, seed, wall time, host, finish time. */
export interface Provenance {
  readonly versions: Readonly<Record<string, string>>;
  readonly backend: string;
  readonly seed: number;
  readonly wall_s: number;
  readonly host: string;
  readonly finishedAt: string;
}

/** What one cache file holds. */
export interface StoredRun<C = unknown, R = unknown> {
  readonly hash: string;
  readonly config: C;
  readonly result: R;
  readonly provenance: Provenance;
}

/** JSON with object keys sorted recursively (stable across key insertion order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
}

/** SHA-256 (hex) of the canonical JSON of a configuration. */
export function configHash(config: unknown): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex');
}

/** The results directory: explicit argument, else $OPTVERIFY_RESULTS_DIR, else `.optverify/runs` (relative to `cwd`). */
export function resultsDir(dir?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, dir ?? env.OPTVERIFY_RESULTS_DIR ?? '.optverify/runs');
}

/** Write `data` to `path` atomically (tmp file in the same directory, then rename). */
export function atomicWrite(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Read a stored run by hash; null when absent or unreadable (a torn file is treated as absent). */
export function readRun<C, R>(dir: string, hash: string): StoredRun<C, R> | null {
  const path = join(dir, `${hash}.json`);
  if (!existsSync(path)) return null;
  try {
    const run = JSON.parse(readFileSync(path, 'utf8')) as StoredRun<C, R>;
    return run.hash === hash ? run : null;
  } catch {
    return null;
  }
}

/** Store a finished run (creates the directory). Non-finite numbers are encoded as strings. */
export function writeRun(dir: string, run: StoredRun): void {
  mkdirSync(dir, { recursive: true });
  atomicWrite(join(dir, `${run.hash}.json`), canonicalJson(run));
}

/** Hashes of the finished runs in a directory (ignores leftover .tmp files of killed writers). */
export function listRuns(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[0-9a-f]{64}\.json$/.test(f))
    .map((f) => f.slice(0, 64))
    .sort();
}
