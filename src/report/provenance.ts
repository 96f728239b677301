/** The report header's provenance: budget, seed, backend and versions, when the results were made and how long they took. */
import { packageVersion, selfVersion } from '../core/env.js';
import type { CachedReport } from './from-store.js';

export interface Provenance {
  /** Budgets of the fresh results shown (a report may mix quick and full records). */
  readonly budgets: readonly string[];
  readonly seed: number;
  /** Training backends named by fresh training results (`detail.backend`); empty when none trained. */
  readonly backends: readonly string[];
  readonly versions: Readonly<Record<string, string>>;
  readonly generatedAt: string;
  /** Time stamps of the oldest and newest fresh record, null when there is none. */
  readonly firstAt: string | null;
  readonly lastAt: string | null;
  /** Sum of the fresh checks' own run times (ms). */
  readonly checkMs: number;
}

const tracked = ['nerdamer-prime', 'odex', 'mathjs', '@tensorflow/tfjs', 'vega', 'vega-lite', 'temml'] as const;

/** Versions of this package, node and the libraries whose numbers or rendering the report depends on. */
export function currentVersions(): Record<string, string> {
  const v: Record<string, string> = { optverify: selfVersion(), node: process.version };
  for (const n of tracked) v[n] = packageVersion(n);
  return v;
}

export function provenanceOf(
  r: CachedReport,
  versions: Readonly<Record<string, string>> = currentVersions(),
): Provenance {
  const fresh = r.theorems.flatMap((t) => t.checks).filter((c) => c.freshness === 'fresh' && c.result);
  const uniq = (xs: readonly (string | null | undefined)[]): string[] =>
    [...new Set(xs.filter((x): x is string => typeof x === 'string' && x.length > 0))].sort();
  const at = fresh
    .map((c) => c.at)
    .filter((x): x is string => x !== null)
    .sort();
  return {
    budgets: uniq(fresh.map((c) => c.budget)),
    seed: r.seed,
    backends: uniq(
      fresh.map((c) => {
        const b = c.result!.status === 'pass' || c.result!.status === 'fail' ? c.result!.detail?.backend : undefined;
        return typeof b === 'string' ? b : undefined;
      }),
    ),
    versions,
    generatedAt: r.generatedAt,
    firstAt: at[0] ?? null,
    lastAt: at[at.length - 1] ?? null,
    checkMs: fresh.reduce((s, c) => s + (Number.isFinite(c.result!.ms) ? c.result!.ms : 0), 0),
  };
}

/** 1234 ms → "1.2 s", 95 000 ms → "1 min 35 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - 60 * m)} s`;
}
