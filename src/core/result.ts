/** The result model, produced only by the runner (house style §3.2). Field names are a JSON contract. */
import type { DetailValue, Layer, PaperKey } from './theorem.js';
import type { Tolerance } from './tolerance.js';

export type Status = 'pass' | 'fail' | 'skip' | 'error';

interface Common {
  readonly theorem: string;
  readonly name: string;
  readonly layer: Layer;
  readonly ms: number;
  readonly informational: boolean;
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

export interface Summary {
  readonly pass: number;
  readonly fail: number;
  readonly skip: number;
  readonly error: number;
  readonly total: number;
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

/** Count statuses; informational fails/errors are counted but do not fail the run. */
export function summarize(results: readonly CheckResult[]): Summary {
  const s = { pass: 0, fail: 0, skip: 0, error: 0, total: results.length };
  for (const r of results) s[r.status]++;
  return s;
}

/** True when the run must exit 1: a non-informational check failed or errored. */
export function hasFailures(results: readonly CheckResult[]): boolean {
  return results.some((r) => !r.informational && (r.status === 'fail' || r.status === 'error'));
}
