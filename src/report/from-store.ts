/**
 * A report built from the result store, without recomputing anything. For each (theorem, check) of the
 * selection: the latest record whose key equals the current key (`fresh`), else the latest record of
 * that check under an older key (`stale`: code, settings or expectation changed since), else `missing`.
 */
import type { CheckResult, Outcome, Summary, TheoremReport } from '../core/result.js';
import { classify, failsRun, summarize } from '../core/result.js';
import type { Budget, Layer, TheoremModule } from '../core/theorem.js';
import { budgets as allBudgets } from '../core/theorem.js';
import type { StoredRecord } from '../runner/store.js';
import type { FalsifyResult } from '../falsify/driver.js';
import type { FalsifyRecord } from '../falsify/store.js';

export type Freshness = 'fresh' | 'stale' | 'missing';

/** One check of the selection as the store knows it. `result` is null only when missing. */
export interface CachedCheck {
  readonly theorem: string;
  readonly name: string;
  readonly layer: Layer;
  readonly freshness: Freshness;
  /** When the record was written (ISO time), null when missing. */
  readonly at: string | null;
  /** The budget whose key the record matches (fresh only). */
  readonly budget: Budget | null;
  readonly result: CheckResult | null;
}

/** A theorem as the report shows it: the same header as in a run's report, with cached checks. */
export interface CachedTheorem extends Omit<TheoremReport, 'checks' | 'ms'> {
  readonly checks: readonly CachedCheck[];
}

/** Counts of fresh results by status and by outcome (`classify`), plus stale and missing checks. */
export interface CachedSummary extends Summary {
  readonly fresh: number;
  readonly stale: number;
  readonly missing: number;
}

export interface CachedReport {
  readonly schema: 'optverify/cached-report';
  readonly schemaVersion: 1;
  readonly generatedAt: string;
  readonly store: string;
  readonly seed: number;
  readonly theorems: readonly CachedTheorem[];
  readonly summary: CachedSummary;
  /** `verify falsify` searches of the selection's targets (absent when the report was built without them). */
  readonly falsify?: readonly CachedFalsify[];
}

/** One falsify target of the selection as the falsify store knows it (result null only when missing). */
export interface CachedFalsify {
  readonly module: string;
  readonly target: string;
  readonly freshness: Freshness;
  readonly at: string | null;
  readonly result: FalsifyResult | null;
}

/**
 * The latest search of each target of `mods` from `seed`: `fresh` when its key is the current one (same code,
 * same seed), else the latest one under another key (`stale`), else `missing` (never searched).
 */
export function falsifyFromStore(
  mods: readonly TheoremModule[],
  records: readonly FalsifyRecord[],
  seed: number,
  keyOf: (entry: string | undefined, target: string, seed: number) => string,
): CachedFalsify[] {
  const latest = new Map<string, FalsifyRecord>();
  const byKey = new Map<string, FalsifyRecord>();
  for (const r of records) {
    latest.set(r.result.target, r);
    byKey.set(r.key, r);
  }
  return mods.flatMap((mod) =>
    (mod.falsify ?? []).map((t): CachedFalsify => {
      const base = { module: mod.claim.id, target: t.id };
      const hit = byKey.get(keyOf(mod.entry, t.id, seed));
      if (hit && hit.result.target === t.id) return { ...base, freshness: 'fresh', at: hit.at, result: hit.result };
      const old = latest.get(t.id);
      if (old) return { ...base, freshness: 'stale', at: old.at, result: old.result };
      return { ...base, freshness: 'missing', at: null, result: null };
    }),
  );
}

export interface FromStoreOptions {
  readonly seed: number;
  /** Budgets whose keys count as current (default both: a `--full` run is as fresh as a quick one). */
  readonly budgets?: readonly Budget[];
  readonly store: string;
  /** Recomputes the current key (the runner's `checkKey`; injected to keep this module pure). */
  readonly keyOf: (mod: TheoremModule, check: string, seed: number, budget: Budget) => string;
  readonly now?: () => Date;
}

/** A stored number as read back: JSON writes ±Infinity and NaN as null; some writers use their string form. */
function reviveNumber(x: unknown, ifNull: number): number {
  if (typeof x === 'number') return x;
  if (x === 'Infinity') return Infinity;
  if (x === '-Infinity') return -Infinity;
  if (x === 'NaN') return NaN;
  return x === null ? ifNull : NaN;
}

/**
 * Undo JSON's loss of non-finite numbers in a judged result. The judge's only non-finite margin is +∞
 * (a non-finite measurement, or a deviation against a zero allowance), so a null margin is Infinity; a
 * null measured/expected value was non-finite with its sign not recorded, and reads as NaN.
 */
export function reviveRecord(rec: StoredRecord): StoredRecord {
  const r = rec.result;
  if (r.status !== 'pass' && r.status !== 'fail') return rec;
  const raw = r as unknown as Record<string, unknown>;
  if (typeof raw.margin === 'number' && typeof raw.measured === 'number' && typeof raw.expected === 'number')
    return rec;
  return {
    ...rec,
    result: {
      ...r,
      // the store writes a non-finite measurement's value as text beside it (runner/store.ts)
      measured:
        raw.measured === null && typeof raw.measured_nonfinite === 'string'
          ? reviveNumber(raw.measured_nonfinite, NaN)
          : reviveNumber(raw.measured, NaN),
      expected: reviveNumber(raw.expected, NaN),
      margin: reviveNumber(raw.margin, Infinity),
    },
  };
}

/** Build the cached report of `mods` from the store's records (oldest first, as `records()` returns). */
export function reportFromStore(
  mods: readonly TheoremModule[],
  records: readonly StoredRecord[],
  opts: FromStoreOptions,
): CachedReport {
  const budgets = opts.budgets ?? allBudgets;
  const latest = new Map<string, StoredRecord>();
  const latestByKey = new Map<string, StoredRecord>();
  for (const raw of records) {
    const r = reviveRecord(raw);
    latest.set(`${r.result.theorem}\u0000${r.result.name}`, r);
    latestByKey.set(r.key, r);
  }
  const theorems = mods.map((mod): CachedTheorem => {
    const checks = mod.checks.map((c): CachedCheck => {
      const base = { theorem: mod.claim.id, name: c.name, layer: c.layer };
      for (const b of budgets) {
        const hit = latestByKey.get(opts.keyOf(mod, c.name, opts.seed, b));
        if (hit && hit.result.theorem === mod.claim.id && hit.result.name === c.name) {
          return { ...base, freshness: 'fresh', at: hit.at, budget: b, result: hit.result };
        }
      }
      const old = latest.get(`${mod.claim.id}\u0000${c.name}`);
      if (old) return { ...base, freshness: 'stale', at: old.at, budget: null, result: old.result };
      return { ...base, freshness: 'missing', at: null, budget: null, result: null };
    });
    const { id, paper, labels, title, statement } = mod.claim;
    return { id, paper, labels, title, statement, checks };
  });
  return {
    schema: 'optverify/cached-report',
    schemaVersion: 1,
    generatedAt: (opts.now ?? (() => new Date()))().toISOString(),
    store: opts.store,
    seed: opts.seed,
    theorems,
    summary: summarizeCached(theorems.flatMap((t) => t.checks)),
  };
}

/** Status counts over fresh results only; stale and missing are counted apart. */
export function summarizeCached(checks: readonly CachedCheck[]): CachedSummary {
  const fresh = checks.filter((c) => c.freshness === 'fresh');
  const s = summarize(fresh.map((c) => c.result!));
  return {
    ...s,
    total: checks.length,
    fresh: fresh.length,
    stale: checks.filter((c) => c.freshness === 'stale').length,
    missing: checks.filter((c) => c.freshness === 'missing').length,
  };
}

export type TheoremVerdict = 'pass' | 'fail' | 'incomplete' | 'empty';

/**
 * A theorem's verdict from current results only: `fail` when a fresh result is a claim failure or an
 * error (`classify`; findings never make it fail); `incomplete` when any check is stale or missing (and none failed); `pass` otherwise.
 */
export function theoremVerdict(t: CachedTheorem): TheoremVerdict {
  if (t.checks.length === 0) return 'empty';
  const fresh = t.checks.filter((c) => c.freshness === 'fresh').map((c) => c.result!);
  if (fresh.some((r) => failsRun(classify(r)))) return 'fail';
  if (fresh.length < t.checks.length) return 'incomplete';
  return 'pass';
}

/** A cached check's outcome (see `classify`); null when it is not current (stale or missing: no verdict). */
export const outcomeOf = (c: CachedCheck): Outcome | null => (c.freshness === 'fresh' ? classify(c.result!) : null);

/** How reports name an outcome. */
export const outcomeLabel: Readonly<Record<Outcome, string>> = {
  pass: 'pass',
  'claim-failure': 'claim failure',
  error: 'error',
  finding: 'finding',
  skip: 'skip',
};
