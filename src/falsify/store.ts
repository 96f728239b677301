/**
 * Falsify results in the result store: an append-only NDJSON file beside the checks store
 * (`.optverify/falsify.ndjson` next to `.optverify/checks.ndjson`), one line per searched target, with the
 * same rules as the checks store — every line validated on read, a bad line dropped and named, never used.
 *
 * Key = hash of (tool version, code fingerprint of the target's module, target id, seed). A search is
 * time-budgeted, so its evaluation count is not part of the key: a record is `fresh` when the code and the
 * seed are those of the current tree, `stale` when the code changed since (the report says so).
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { canonicalJson } from '../core/canonical-json.js';
import { selfVersion } from '../core/env.js';
import { codeFingerprint } from '../core/fingerprint.js';
import { appendNdjson, readNdjson } from '../core/ndjson.js';
import type { FalsifyResult } from './driver.js';

export interface FalsifyRecord {
  readonly key: string;
  readonly at: string;
  /** The theorem module that declares the target. */
  readonly module: string;
  readonly result: FalsifyResult;
}

/** The falsify store that sits beside a checks store (same directory). */
export const falsifyStorePath = (checksStore: string): string => join(dirname(checksStore), 'falsify.ndjson');

/** The key of a search of `target` (declared by the module at `entry`) from `seed`. */
export function falsifyKey(entry: string | undefined, target: string, seed: number): string {
  return createHash('sha256')
    .update(canonicalJson([selfVersion(), codeFingerprint(entry), target, seed]))
    .digest('hex')
    .slice(0, 24);
}

const verdicts = new Set(['fail', 'finding', 'none']);

/** Why a parsed line is not a usable record (null when it is one). */
export function falsifyRecordProblem(rec: unknown): string | null {
  if (!rec || typeof rec !== 'object') return 'not an object';
  const { key, at, module, result } = rec as Partial<FalsifyRecord>;
  if (typeof key !== 'string' || !/^[0-9a-f]{24}$/.test(key)) return 'no valid key';
  if (typeof at !== 'string') return 'no time stamp';
  if (typeof module !== 'string') return 'names no module';
  if (!result || typeof result !== 'object') return 'no result';
  if (typeof result.target !== 'string') return 'result names no target';
  if (!verdicts.has(result.verdict)) return `unknown verdict ${JSON.stringify(result.verdict)}`;
  if (!Number.isInteger(result.evaluations) || result.evaluations < 0) return 'no evaluation count';
  if (typeof result.threshold !== 'number') return 'no threshold';
  for (const w of [result.worst, result.worstInScope])
    if (w !== null && (typeof w !== 'object' || typeof w.token !== 'string' || typeof w.value !== 'number'))
      return 'a reported point has no value or replay token';
  return null;
}

export interface FalsifyStoreRead {
  readonly records: readonly FalsifyRecord[];
  /** Lines dropped, one each (path:line: why). */
  readonly problems: readonly string[];
}

/** Every valid record, oldest first; a missing file reads as empty. */
export function readFalsifyStore(path: string): FalsifyStoreRead {
  return readNdjson<FalsifyRecord>(path, falsifyRecordProblem);
}

/** Append one record (one write of one line, so a killed process leaves at most a torn last line). */
export function appendFalsifyRecord(path: string, rec: FalsifyRecord): void {
  appendNdjson(path, rec);
}
