/** The contract every theorem module implements (house style §3.2). */
import type { FalsifyTarget } from './falsify.js';
import type { Tolerance } from './tolerance.js';

export type Layer = 'symbolic' | 'ode' | 'empirical';
export const layers: readonly Layer[] = ['symbolic', 'ode', 'empirical'];
/**
 * A paper's key: a short kebab-case string. The papers themselves are data, registered in
 * theorems/papers/ (core names none); a claim whose paper is not registered is refused when the
 * registry loads (theorems/papers/registry.ts, `checkClaimPapers`).
 */
export type PaperKey = string;
/** Something a check needs from the machine; unmet → `skip` with the reason. */
export type Capability = 'gpu' | 'tfjs' | `dataset:${string}`;
/** quick: the developer loop; standard: meets each training claim's hypotheses within CI; full: paper-sized. */
export type Budget = 'quick' | 'standard' | 'full';
export const budgets: readonly Budget[] = ['quick', 'standard', 'full'];

/**
 * What a check is worth as evidence about the paper's claim:
 * - `evidence`: measures the claim independently of the formula it states (and flips under a declared mutant);
 * - `consistency`: two forms of one computation agree (closed form vs closed form, solver on a known ODE, harness self-check);
 * - `regression`: the code against reference numbers (the spec's tables, a pinned library behaviour).
 * Only evidence counts toward a claim's verdict in reports.
 */
export type CheckKind = 'evidence' | 'consistency' | 'regression';
export const checkKinds: readonly CheckKind[] = ['evidence', 'consistency', 'regression'];

/** Expected value of one check, its tolerance and where the number comes from. */
export interface Expectation {
  readonly expected: number;
  readonly tolerance: Tolerance;
  readonly source: string;
  /** What the check is (see CheckKind); every claim declares it for every check (the conformance suite enforces it). */
  readonly kind?: CheckKind;
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
  /**
   * Training experiments, by name: their sizes per budget (steps, models, widths, windows…). `seeds` is
   * declared as a count n; the runner resolves it from `--seed s` to the training seeds s·n … s·n + n − 1.
   */
  readonly experiments?: Readonly<Record<string, Readonly<Record<Budget, DeclaredExperiment>>>>;
  /**
   * Claim mutants: the claimed formula perturbed (e.g. τ2 − τ1 → 1.1(τ2 − τ1)), each naming the checks whose
   * own code path uses it when asked (`mutated(ctx, name)`). The conformance suite proves that every evidence
   * check's verdict flips under at least one of them — a check no mutant can move is not evidence.
   */
  readonly mutants?: Readonly<Record<string, ClaimMutant>>;
}

export interface ClaimMutant {
  /** The perturbation, in the paper's notation. */
  readonly description: string;
  /** Checks whose verdict must flip under it. */
  readonly checks: readonly string[];
}

/** An experiment's size at one budget, as the claim declares it (`seeds`: how many training seeds). */
export type DeclaredExperiment = Readonly<Record<string, unknown>> & { readonly seeds: number };

/** The declared form of an experiment budget type `B` whose `seeds` is the resolved list. */
export type Declared<B extends { readonly seeds: readonly number[] }> = Omit<B, 'seeds'> & { readonly seeds: number };

/**
 * Everything one check's numbers depend on, resolved by the runner for this run: hashed (with a
 * fingerprint of the check's code) into the result-store key, and handed to the check.
 */
export interface CheckInput {
  readonly theorem: string;
  readonly check: string;
  readonly seed: number;
  readonly budget: Budget;
  readonly settings: Claim['settings'];
  readonly expectation: Expectation;
  /** The check's experiment at this budget with `seeds` resolved to the training seeds; null for float64 checks. */
  readonly experiment: Readonly<Record<string, unknown>> | null;
  /** The requested tensor backend (training-backed checks only; null otherwise). */
  readonly backend: string | null;
  /** The claim mutant this run applies (conformance only; never stored), or null. */
  readonly mutant: string | null;
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
  /**
   * Why this run cannot meet the claim's hypotheses (a horizon too short, …): the result is then
   * informational — numbers shown, no verdict against the paper. Absent when the run meets them.
   */
  readonly hypothesesUnmet?: string;
}

/** Where training-backed checks cache their runs, which shard of a sweep this process runs, which tensor backend. */
export interface TrainingOptions {
  /** Results directory of cached runs (default: $OPTVERIFY_RESULTS_DIR or .optverify/runs). */
  readonly resultsDir?: string;
  /** Run only shard k/n of every sweep (k 1-based); a check whose sweep is incomplete skips. */
  readonly shard?: { readonly index: number; readonly total: number };
  /** auto | tensorflow-gpu | tensorflow | webgpu | wasm | cpu (default: $OPTVERIFY_BACKEND or auto). */
  readonly backend?: string;
  /** Training runs of a sweep in flight at once, in worker processes (default 1: in this process). */
  readonly jobs?: number;
}

export interface CheckContext {
  readonly seed: number;
  /** The resolved input of this check (settings, expectation, experiment sizes, training seeds). */
  readonly input: CheckInput;
  readonly budget: Budget;
  readonly signal: AbortSignal;
  readonly training: TrainingOptions;
  /** Progress inside a long check (training runs of a sweep, grid cells). */
  progress(done: number, total: number): void;
  /** A one-line warning for the user (e.g. a cached run dropped as corrupt); stderr in the CLI. */
  warn?(line: string): void;
}

export interface Check {
  readonly name: string;
  readonly layer: Layer;
  readonly requires?: readonly Capability[];
  /** Informational checks (findings outside the claim's scope) never fail the run. */
  readonly informational?: boolean;
  /** Name of the claim's training experiment this check reads (training-backed checks only). */
  readonly experiment?: string;
  run(claim: Claim, ctx: CheckContext): Measurement | Promise<Measurement>;
}

export interface TheoremModule {
  readonly claim: Claim;
  readonly checks: readonly Check[];
  /** URL of the module's entry file; its import closure is the code fingerprint in every result key. */
  readonly entry?: string;
  /** Targeted counterexample searches for `verify falsify` (src/falsify/), if the module declares any. */
  readonly falsify?: readonly FalsifyTarget[];
}
