/** The contract every theorem module implements (house style §3.2). */
import type { Tolerance } from './tolerance.js';

export type Layer = 'symbolic' | 'ode' | 'empirical';
export const layers: readonly Layer[] = ['symbolic', 'ode', 'empirical'];
export type PaperKey = 'gsi' | 'ctadam' | 'degenerate';
export const papers: Readonly<Record<PaperKey, string>> = {
  gsi: 'Why Adam Works Better with β1 = β2: The Missing Gradient Scale Invariance Principle',
  ctadam: 'Continuous-Time Analysis of Adaptive Optimization and Normalization',
  degenerate: 'Towards Understanding Adam Convergence on Highly Degenerate Polynomials',
};
/** Something a check needs from the machine; unmet → `skip` with the reason. */
export type Capability = 'gpu' | 'tfjs' | `dataset:${string}`;
export type Budget = 'quick' | 'full';

/** Expected value of one check, its tolerance and where the number comes from. */
export interface Expectation {
  readonly expected: number;
  readonly tolerance: Tolerance;
  readonly source: string;
  /** Allowed drift of the measured value between runs (baselines); default 1e-9 relative. */
  readonly drift?: number;
}

/** A claim is pure data: statement, settings and expectations keyed by check name. */
export interface Claim {
  readonly id: string;
  readonly paper: PaperKey;
  readonly labels: readonly string[];
  readonly title: string;
  readonly statement: { readonly text: string; readonly latex: string };
  readonly hypotheses: readonly string[];
  readonly settings: Readonly<Record<string, number | readonly number[]>>;
  readonly expectations: Readonly<Record<string, Expectation>>;
  /** Known places where the paper's claim fails (kept `fail`, labelled in reports). */
  readonly findings?: readonly { readonly check: string; readonly note: string }[];
}

export type DetailValue = number | string | readonly number[] | readonly (readonly number[])[];

/** What a check returns: numbers, never a verdict. */
export interface Measurement {
  readonly measured: number;
  readonly method: string;
  readonly detail?: Readonly<Record<string, DetailValue>>;
  readonly counterexample?: Readonly<Record<string, number>>;
  /** Proof that the layer did work (rhs evaluations, steps, points); 0 → `error`. */
  readonly work: number;
}

/** Where training-backed checks cache their runs, which shard of a sweep this process runs, which tensor backend. */
export interface TrainingOptions {
  /** Results directory of cached runs (default: $OPTVERIFY_RESULTS_DIR or .optverify/runs). */
  readonly resultsDir?: string;
  /** Run only shard k/n of every sweep (k 1-based); a check whose sweep is incomplete skips. */
  readonly shard?: { readonly index: number; readonly total: number };
  /** auto | tensorflow-gpu | tensorflow | webgpu | wasm | cpu (default: $OPTVERIFY_BACKEND or auto). */
  readonly backend?: string;
}

export interface CheckContext {
  readonly seed: number;
  readonly budget: Budget;
  readonly signal: AbortSignal;
  readonly training: TrainingOptions;
  /** Progress inside a long check (training runs of a sweep, grid cells). */
  progress(done: number, total: number): void;
}

export interface Check {
  readonly name: string;
  readonly layer: Layer;
  readonly requires?: readonly Capability[];
  /** Informational checks (findings outside the claim's scope) never fail the run. */
  readonly informational?: boolean;
  run(claim: Claim, ctx: CheckContext): Measurement | Promise<Measurement>;
}

export interface TheoremModule {
  readonly claim: Claim;
  readonly checks: readonly Check[];
}
