/** Append-only NDJSON store of finished check results, so an interrupted run resumes. */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckResult } from '../core/result.js';
import type { Budget, TheoremModule } from '../core/theorem.js';
import { selfVersion } from '../core/env.js';

export interface ResultStore {
  /** A finished result for this key, when reuse is on (`--resume`). */
  get(key: string): CheckResult | undefined;
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

/** Key = hash of everything that determines a check's numbers. */
export function checkKey(mod: TheoremModule, check: string, seed: number, budget: Budget): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([selfVersion(), mod.claim.id, check, seed, budget, mod.claim.settings, mod.claim.expectations[check]]));
  return h.digest('hex').slice(0, 24);
}

/** Open (or create) a store; a torn last line from a killed run is ignored, not fatal. */
export function openStore(path: string, opts: { reuse: boolean } = { reuse: true }): ResultStore {
  const map = new Map<string, CheckResult>();
  const all: StoredRecord[] = [];
  let tornTail = false;
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    tornTail = text.length > 0 && !text.endsWith('\n');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const rec = JSON.parse(line) as StoredRecord;
        map.set(rec.key, rec.result);
        all.push(rec);
      } catch {
        /* a partially written line from an interrupted run */
      }
    }
  }
  return {
    path,
    // an errored check is recorded for reports but always rerun
    get: (key) => (opts.reuse && map.get(key)?.status !== 'error' ? map.get(key) : undefined),
    records: () => all,
    put(key, result) {
      mkdirSync(dirname(path), { recursive: true });
      const rec: StoredRecord = { key, at: new Date().toISOString(), result };
      // one appendFileSync per line: a kill leaves at most a torn last line, which openStore skips
      appendFileSync(path, `${tornTail ? '\n' : ''}${JSON.stringify(rec)}\n`);
      tornTail = false;
      map.set(key, result);
      all.push(rec);
    },
  };
}
