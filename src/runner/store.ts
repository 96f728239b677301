/** Append-only NDJSON store of finished check results, so an interrupted run resumes. */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckResult } from '../core/result.js';
import type { Budget, TheoremModule } from '../core/theorem.js';
import { selfVersion } from '../core/env.js';

export interface ResultStore {
  get(key: string): CheckResult | undefined;
  put(key: string, result: CheckResult): void;
  readonly path: string;
}

/** Key = hash of everything that determines a check's numbers. */
export function checkKey(mod: TheoremModule, check: string, seed: number, budget: Budget): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([selfVersion(), mod.claim.id, check, seed, budget, mod.claim.settings, mod.claim.expectations[check]]));
  return h.digest('hex').slice(0, 24);
}

/** Open (or create) a store; a torn last line from a killed run is ignored, not fatal. */
export function openStore(path: string): ResultStore {
  const map = new Map<string, CheckResult>();
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const { key, result } = JSON.parse(line) as { key: string; result: CheckResult };
        map.set(key, result);
      } catch {
        /* a partially written line from an interrupted run */
      }
    }
  }
  return {
    path,
    get: (key) => map.get(key),
    put(key, result) {
      mkdirSync(dirname(path), { recursive: true });
      appendFileSync(path, `${JSON.stringify({ key, result })}\n`);
      map.set(key, result);
    },
  };
}
