/** Append-only NDJSON store of finished check results, so an interrupted run resumes. */
import { createHash } from 'node:crypto';
import type { CheckResult, JudgedResult } from '../core/result.js';
import type { Budget, TheoremModule } from '../core/theorem.js';
import { selfVersion } from '../core/env.js';
import { canonicalJson } from '../core/canonical-json.js';
import { codeFingerprint } from '../core/fingerprint.js';
import { appendNdjson, readNdjson } from '../core/ndjson.js';
import type { CheckInput } from '../core/theorem.js';
import { resolveInput } from './input.js';

export interface ResultStore {
  /** A finished pass/fail result for this key, when reuse is on (`--resume`). */
  get(key: string): JudgedResult | undefined;
  /** Lines dropped when the store was read, one line each (path:line: why). */
  readonly problems: readonly string[];
  put(key: string, result: CheckResult): void;
  /** Every stored record, oldest first (reports read these; `key` tells fresh from stale). */
  records(): readonly StoredRecord[];
  readonly path: string;
}

export interface StoredRecord {
  readonly key: string;
  readonly at: string;
  readonly result: CheckResult;
}

/** Key = hash of the check's resolved input (settings, expectation, experiment sizes, seeds, backend) and its code fingerprint. */
export function inputKey(mod: TheoremModule, input: CheckInput): string {
  const h = createHash('sha256');
  h.update(canonicalJson([selfVersion(), codeFingerprint(mod.entry), input]));
  return h.digest('hex').slice(0, 24);
}

/** The key of `check` for a run with this seed, budget and (training checks) requested backend. */
export function checkKey(mod: TheoremModule, check: string, seed: number, budget: Budget, backend?: string): string {
  return inputKey(mod, resolveInput(mod, check, { seed, budget, backend }));
}

const statuses = new Set(['pass', 'fail', 'skip', 'error']);
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Why a parsed line is not a usable record (null when it is one). Judged results need a finite measurement. */
export function recordProblem(rec: unknown): string | null {
  if (!rec || typeof rec !== 'object') return 'not an object';
  const { key, at, result } = rec as Partial<StoredRecord>;
  if (typeof key !== 'string' || !/^[0-9a-f]{24}$/.test(key)) return 'no valid key';
  if (typeof at !== 'string') return 'no time stamp';
  if (!result || typeof result !== 'object') return 'no result';
  const r = result as unknown as Record<string, unknown>;
  if (typeof r.theorem !== 'string' || typeof r.name !== 'string') return 'result names no theorem/check';
  if (typeof r.status !== 'string' || !statuses.has(r.status)) return `unknown status ${JSON.stringify(r.status)}`;
  if (r.status === 'pass' || r.status === 'fail') {
    const nonFinite =
      r.status === 'fail' &&
      r.measured === null &&
      (r.detail as Record<string, unknown> | null)?.reason === 'non-finite';
    if (!isFiniteNumber(r.measured) && !nonFinite)
      return `measured is ${JSON.stringify(r.measured)}, not a finite number`;
    if (typeof r.expected !== 'number' || !r.tolerance || typeof r.tolerance !== 'object') return 'no expectation';
  }
  return null;
}

/**
 * Open (or create) a store. Every line is validated; a torn last line from a killed run, or any line
 * that is not a valid record, is dropped and named in `problems` (one line each), never used silently.
 * Only pass/fail results are ever reused (skip and error are recomputed).
 */
export function openStore(path: string, opts: { reuse: boolean } = { reuse: true }): ResultStore {
  const map = new Map<string, CheckResult>();
  const { records: all, problems } = readNdjson<StoredRecord>(path, recordProblem);
  for (const r of all) map.set(r.key, r.result);
  return {
    path,
    problems,
    get(key) {
      const r = map.get(key);
      return opts.reuse && r && (r.status === 'pass' || r.status === 'fail') && isFiniteNumber(r.measured)
        ? r
        : undefined;
    },
    records: () => all,
    put(key, result) {
      const rec: StoredRecord = { key, at: new Date().toISOString(), result };
      // JSON writes ±∞ and NaN as null: a non-finite measurement keeps its value as text beside it
      const nonFinite =
        (result.status === 'pass' || result.status === 'fail') && !Number.isFinite(result.measured)
          ? { ...rec, result: { ...result, measured_nonfinite: String(result.measured) } }
          : rec;
      appendNdjson(path, nonFinite);
      map.set(key, result);
      all.push(rec);
    },
  };
}
