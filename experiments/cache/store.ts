/**
 * Run cache: each run is keyed by the SHA-256 of its canonical (key-sorted) JSON configuration and
 * stored as `<hash>.json` under the results directory (default `.optverify/runs`, env
 * OPTVERIFY_RESULTS_DIR) with atomic writes (write `<hash>.json.<pid>.tmp`, then rename).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { atomicWrite } from '../../src/core/write-file.js';
import { canonicalJson } from '../../src/core/canonical-json.js';

/** Provenance of a stored run: versions, backend, seed, wall time, host, finish time. */
export interface Provenance {
  readonly versions: Readonly<Record<string, string>>;
  readonly backend: string;
  readonly seed: number;
  readonly wall_s: number;
  readonly host: string;
  readonly finishedAt: string;
}

/** What, besides the configuration, a run's hash covers: the runner's namespace, its code fingerprint, the backend. */
export interface RunKeying {
  readonly namespace: string;
  readonly code: string;
  readonly backend: string;
}

/** What one cache file holds. */
export interface StoredRun<C = unknown, R = unknown> {
  readonly hash: string;
  readonly keyed: RunKeying;
  readonly config: C;
  readonly result: R;
  readonly provenance: Provenance;
}

/** The hash of a run: its configuration and keying (namespace, code fingerprint, backend). */
export function runHash(config: unknown, keyed: RunKeying): string {
  return configHash({ config, ...keyed });
}

/** Non-finite numbers are stored as these strings (canonicalJson); read back as numbers. */
const nonFinite: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

export { canonicalJson };

/** SHA-256 (hex) of the canonical JSON of a configuration. */
export function configHash(config: unknown): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex');
}

/** The results directory: explicit argument, else $OPTVERIFY_RESULTS_DIR, else `.optverify/runs` (relative to `cwd`). */
export function resultsDir(dir?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, dir ?? env.OPTVERIFY_RESULTS_DIR ?? '.optverify/runs');
}

/** Write `data` to `path` atomically (tmp file in the same directory, then rename; a failed write leaves no tmp). */
export { atomicWrite };

/** Why a stored result is unusable (null when usable), given the result and what its hash covers. */
export type RunValidator = (result: unknown, keyed: RunKeying) => string | null;

/** A stored run, or why the file cannot be used (absent: null problem). */
export type RunRead<C, R> =
  | { readonly run: StoredRun<C, R>; readonly problem: null }
  | { readonly run: null; readonly problem: string | null };

/**
 * Read and check a stored run: the file parses, names its own hash, its content hashes to that name
 * (so another config's content under this name is refused), and `validate` accepts the result (it sees
 * the run's keying too, so one reader can apply the validator of whichever runner wrote the file).
 */
export function readRunChecked<C, R>(dir: string, hash: string, validate?: RunValidator): RunRead<C, R> {
  const path = join(dir, `${hash}.json`);
  if (!existsSync(path)) return { run: null, problem: null };
  let run: StoredRun<C, R>;
  try {
    run = JSON.parse(readFileSync(path, 'utf8'), (_k, v: unknown) =>
      typeof v === 'string' && v in nonFinite ? nonFinite[v] : v,
    ) as StoredRun<C, R>;
  } catch {
    return { run: null, problem: `${path}: dropped: not JSON (torn or corrupt write)` };
  }
  if (!run || typeof run !== 'object' || run.hash !== hash)
    return { run: null, problem: `${path}: dropped: names another hash` };
  const k = run.keyed as Partial<RunKeying> | undefined;
  if (!k || typeof k.namespace !== 'string' || typeof k.code !== 'string' || typeof k.backend !== 'string')
    return { run: null, problem: `${path}: dropped: written by an older optverify (no code fingerprint)` };
  if (runHash(run.config, run.keyed) !== hash)
    return { run: null, problem: `${path}: dropped: its configuration does not hash to its name` };
  const why = validate?.(run.result, run.keyed) ?? null;
  if (why) return { run: null, problem: `${path}: dropped: ${why}` };
  return { run, problem: null };
}

/** Read a stored run by hash; null when absent or unusable (see readRunChecked for why). */
export function readRun<C, R>(dir: string, hash: string, validate?: RunValidator): StoredRun<C, R> | null {
  return readRunChecked<C, R>(dir, hash, validate).run;
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
