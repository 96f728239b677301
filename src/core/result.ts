/** The result model, produced only by the runner (house style §3.2). Field names are a JSON contract. */
import type { DetailValue, Layer, PaperKey, CheckKind } from './theorem.js';
import type { Tolerance } from './tolerance.js';

export type Status = 'pass' | 'fail' | 'skip' | 'error';

interface Common {
  readonly theorem: string;
  readonly name: string;
  readonly layer: Layer;
  readonly ms: number;
  readonly informational: boolean;
  /** evidence | consistency | regression (absent in records written before kinds existed: read as evidence). */
  readonly kind?: CheckKind;
}
export type JudgedResult = Common & {
  readonly status: 'pass' | 'fail';
  readonly measured: number;
  readonly expected: number;
  readonly tolerance: Tolerance;
  readonly margin: number;
  readonly method: string;
  readonly source: string;
  readonly detail: Readonly<Record<string, DetailValue>> | null;
  readonly counterexample: Readonly<Record<string, number>> | null;
};
export type SkipResult = Common & { readonly status: 'skip'; readonly reason: string };
export type ErrorResult = Common & {
  readonly status: 'error';
  readonly error: { readonly code: string; readonly message: string };
};
export type CheckResult = JudgedResult | SkipResult | ErrorResult;

export interface TheoremReport {
  readonly id: string;
  readonly paper: PaperKey;
  readonly labels: readonly string[];
  readonly title: string;
  readonly statement: { readonly text: string; readonly latex: string };
  readonly checks: readonly CheckResult[];
  readonly ms: number;
}

/**
 * How one result counts — the single classification behind the exit status and every reporter:
 * - `pass`: the check passed (informational or not);
 * - `claim-failure`: a check of the claim failed (fails the run);
 * - `error`: a check of the claim could not be judged — threw, no work, CAS fault (fails the run);
 * - `finding`: an informational check (a measurement outside the claim's stated scope) that failed or
 *   errored. It is reported, never fails the run, and is never shown as a failure. An informational
 *   check that *errored* is a finding too — its measurement outside the scope could not be taken — and
 *   reporters show it as "finding (error CODE: message)", never as a claim failure or an error;
 * - `skip`: the check could not run here (missing capability, partial shard), informational or not.
 */
export type Outcome = 'pass' | 'claim-failure' | 'error' | 'finding' | 'skip';
/** Outcomes in report order. */
export const outcomes: readonly Outcome[] = ['pass', 'claim-failure', 'error', 'finding', 'skip'];

export function classify(r: Pick<CheckResult, 'status' | 'informational'>): Outcome {
  if (r.status === 'pass') return 'pass';
  if (r.status === 'skip') return 'skip';
  if (r.informational) return 'finding';
  return r.status === 'fail' ? 'claim-failure' : 'error';
}

/** True for the outcomes that make the run exit 1. */
export function failsRun(o: Outcome): boolean {
  return o === 'claim-failure' || o === 'error';
}

export interface Summary {
  /** Raw status counts (report schema v1): `fail`/`error` include informational checks — read `outcomes`. */
  readonly pass: number;
  readonly fail: number;
  readonly skip: number;
  readonly error: number;
  readonly total: number;
  /** Counts by `classify`: what the exit status and every reporter use. Sums to `total`. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
}

export interface Environment {
  readonly optverify: string;
  readonly node: string;
  readonly platform: string;
  readonly host: string;
  readonly cpus: number;
  readonly versions: Readonly<Record<string, string>>;
  readonly backend: string;
  readonly seed: number;
  readonly budget: string;
}

export interface Report {
  readonly schema: 'optverify/report';
  readonly schemaVersion: number;
  readonly startedAt: string;
  readonly ms: number;
  readonly environment: Environment;
  readonly theorems: readonly TheoremReport[];
  readonly summary: Summary;
}

export const reportSchemaVersion = 1;

/** Count raw statuses and outcomes (see `classify`). */
export function summarize(results: readonly CheckResult[]): Summary {
  const s = { pass: 0, fail: 0, skip: 0, error: 0, total: results.length };
  const o: Record<Outcome, number> = { pass: 0, 'claim-failure': 0, error: 0, finding: 0, skip: 0 };
  for (const r of results) {
    s[r.status]++;
    o[classify(r)]++;
  }
  return { ...s, outcomes: o };
}

/** True when the run must exit 1: some result is a claim failure or an error (findings never are). */
export function hasFailures(results: readonly CheckResult[]): boolean {
  return results.some((r) => failsRun(classify(r)));
}
