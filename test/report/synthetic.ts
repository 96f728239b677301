/** A synthetic registry and store: one module per figure convention, plus fresh, stale and missing checks. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineTheorem } from '../../src/core/define.js';
import type { CheckResult } from '../../src/core/result.js';
import type { DetailValue, Measurement, TheoremModule } from '../../src/core/theorem.js';
import { checkKey, openStore } from '../../src/runner/store.js';
import { verifyTheorems } from '../../src/runner/verify.js';

const grid = (n: number, lo: number, hi: number): number[] =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
const eps = [0.1, 0.05, 0.025, 0.0125];
const betas = grid(9, 0.5, 0.99);
const gammas = grid(7, 0.5, 0.99);

/** One detail per figure kind (the conventions documented in src/report/figures/index.ts). */
export const zooDetails: Readonly<Record<string, Readonly<Record<string, DetailValue>>>> = {
  order_fit: { eps, remainder: eps.map((e) => 3 * e * e), stderr: 0.01 },
  time_series: {
    t: grid(40, 0, 10),
    R: grid(40, 0, 10).map((t) => Math.sin(t) + 1),
    expansion: grid(40, 0, 10).map((t) => Math.sin(t) + 1.05),
  },
  bound_vs_n: { n: [1, 10, 100, 1000], bound: [2, 3, 4, 5], worst: [1.5, 2.5, 3.9, 4.9] },
  region_map: {
    grid_x: betas,
    grid_y: gammas,
    grid_x_label: 'β',
    grid_y_label: 'γ',
    region: gammas.map((g) => betas.map((b) => Math.sign(g * g - b))),
    bound_fails: gammas.map((g) => betas.map((b) => (g < 0.6 && b > 0.9 ? 1 : 0))),
  },
  phase_diagram: {
    grid_x: betas,
    grid_y: gammas,
    theory: gammas.map((g) => betas.map((b) => (b < g ? 1 : 0))),
    simulation: gammas.map((g) => betas.map((b) => (b < g + 0.02 ? 1 : 0))),
  },
  training_curves: {
    curves: [0.9, 0.99].map((b) => grid(30, 1, 30).map((k) => Math.exp(-k * (1 - b)))),
    curve_labels: 'β1=β2=0.9|β1=β2=0.99',
    step: grid(30, 1, 30),
    curve_y_label: '‖R_k‖',
  },
  omega_table: {
    omega: [
      [0.1, 0.5, 0.9],
      [0.4, 0.1, 0.6],
      [0.8, 0.5, 0.1],
    ],
    omega_rows: [0.9, 0.95, 0.99],
    omega_cols: [0.9, 0.95, 0.99],
  },
};

const expect0 = { expected: 2, tolerance: { kind: 'order', delta: 0.5 } as const, source: 'synthetic' };

/** Every figure convention, one check each. */
export const figureZoo: TheoremModule = defineTheorem(
  {
    id: 'figure-zoo',
    paper: 'ctadam',
    labels: ['test-figures'],
    title: 'every figure kind',
    statement: { text: 'A synthetic claim.', latex: String.raw`\|u_n\| \le \frac{1-\beta_1}{\sqrt{1-\beta_2}}` },
    hypotheses: [],
    settings: {},
    expectations: Object.fromEntries(Object.keys(zooDetails).map((k) => [k, expect0])),
  },
  Object.entries(zooDetails).map(([name, detail]) => ({
    name,
    layer: 'ode' as const,
    run: (): Measurement => ({ measured: 2, method: 'synthetic', detail, work: 1 }),
  })),
);

/** Three checks: one fresh, one stale (recorded under an older key), one never run. */
export const freshness: TheoremModule = defineTheorem(
  {
    id: 'freshness-demo',
    paper: 'gsi',
    labels: ['test-freshness'],
    title: 'fresh, stale and missing',
    statement: {
      text: 'Only fresh results carry a verdict.',
      latex: String.raw`R - \operatorname{sign}(g) = O(\Lambda^2) \iff \tau_1 = \tau_2`,
    },
    hypotheses: [],
    settings: {},
    expectations: {
      fresh_check: { expected: 1, tolerance: { kind: 'abs', atol: 0.1 }, source: 'synthetic' },
      stale_check: { expected: 1, tolerance: { kind: 'abs', atol: 0.1 }, source: 'synthetic' },
      missing_check: { expected: 1, tolerance: { kind: 'abs', atol: 0.1 }, source: 'synthetic' },
    },
  },
  ['fresh_check', 'stale_check', 'missing_check'].map((name) => ({
    name,
    layer: 'empirical' as const,
    run: (): Measurement => ({ measured: 1, method: 'synthetic', work: 1 }),
  })),
);

export const syntheticRegistry: readonly TheoremModule[] = [freshness, figureZoo];

const judged = (name: string, measured: number): CheckResult => ({
  theorem: 'freshness-demo',
  name,
  layer: 'empirical',
  ms: 1,
  informational: false,
  status: measured === 1 ? 'pass' : 'fail',
  measured,
  expected: 1,
  tolerance: { kind: 'abs', atol: 0.1 },
  margin: Math.abs(measured - 1) / 0.1,
  method: 'synthetic',
  source: 'synthetic',
  detail: null,
  counterexample: null,
});

/** Write the synthetic store into a fresh temp dir; returns its path. */
export async function syntheticStore(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'optverify-report-'));
  const path = join(dir, 'checks.ndjson');
  const store = openStore(path, { reuse: false });
  await verifyTheorems([figureZoo], { seed: 0, budget: 'quick', store });
  store.put(checkKey(freshness, 'fresh_check', 0, 'quick'), judged('fresh_check', 1));
  // a stale record: its key belongs to older code/settings; it failed back then (and must not show as current)
  store.put('0123456789abcdef01234567', judged('stale_check', 7));
  return path;
}

const abs = (atol: number) => ({ expected: 1, tolerance: { kind: 'abs', atol } as const, source: 'synthetic' });
const measuring = (measured: number) => (): Measurement => ({ measured, method: 'synthetic', work: 1 });
const throwing = (): Measurement => {
  throw new Error('the synthetic kernel broke');
};

/**
 * Every outcome of `classify`: 2 passes, 2 claim failures (one with margin ∞: a deviation against a
 * zero allowance), 3 findings (two informational fails, one informational error), 1 error, 1 skip.
 */
export const outcomeZoo: TheoremModule = defineTheorem(
  {
    id: 'outcome-zoo',
    paper: 'degenerate',
    labels: ['test-outcomes'],
    title: 'every outcome',
    statement: { text: 'A synthetic claim with findings outside its scope.', latex: 'x = 1' },
    hypotheses: [],
    settings: {},
    expectations: {
      pass_a: abs(0.1),
      pass_b: abs(0.1),
      claim_fail: abs(0.1),
      claim_fail_infinite_margin: abs(0),
      finding_a: abs(0.1),
      finding_b: abs(0.1),
      finding_error: abs(0.1),
      broken: abs(0.1),
      needs_gpu: abs(0.1),
    },
  },
  [
    { name: 'pass_a', layer: 'ode', run: measuring(1) },
    { name: 'pass_b', layer: 'ode', run: measuring(1.05) },
    { name: 'claim_fail', layer: 'ode', run: measuring(3) },
    { name: 'claim_fail_infinite_margin', layer: 'ode', run: measuring(1.5) },
    { name: 'finding_a', layer: 'empirical', informational: true, run: measuring(2) },
    { name: 'finding_b', layer: 'empirical', informational: true, run: measuring(5) },
    { name: 'finding_error', layer: 'empirical', informational: true, run: throwing },
    { name: 'broken', layer: 'symbolic', run: throwing },
    { name: 'needs_gpu', layer: 'empirical', requires: ['gpu'], run: measuring(1) },
  ],
);

/** Findings only: one pass and two informational failures (must not fail the run). */
export const findingsOnly: TheoremModule = defineTheorem(
  {
    id: 'findings-only',
    paper: 'gsi',
    labels: ['test-findings'],
    title: 'findings only',
    statement: { text: 'A claim that holds; two measurements outside its scope fail.', latex: 'y = 1' },
    hypotheses: [],
    settings: {},
    expectations: { holds: abs(0.1), outside_a: abs(0.1), outside_b: abs(0.1) },
  },
  [
    { name: 'holds', layer: 'ode', run: measuring(1) },
    { name: 'outside_a', layer: 'empirical', informational: true, run: measuring(4) },
    { name: 'outside_b', layer: 'empirical', informational: true, run: measuring(7) },
  ],
);
