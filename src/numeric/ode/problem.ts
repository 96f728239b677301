/** A typed initial-value problem y′ = f(t, y), y(t0) = y0 on [t0, t1] (scipy.integrate's split). */
export interface OdeProblem {
  readonly rhs: (t: number, y: readonly number[]) => number[];
  readonly t0: number;
  readonly t1: number;
  readonly y0: readonly number[];
}

export interface SolveOptions {
  readonly rtol: number;
  readonly atol: number;
  /** Sorted times in [t0, t1] at which the dense output is sampled. */
  readonly sampleAt?: readonly number[];
  readonly maxSteps?: number;
}

/**
 * SciML-style named outcomes: a run-time numeric outcome is a value, not an exception.
 * `non-finite`: the state (or the rhs at an accepted step) became NaN/±∞; `max-steps`: odex's step
 * budget (`maxSteps`) ran out; `step-too-small`: an accepted step no longer advances t beyond
 * round-off (the solution is singular there). A check turns any of them into a `SolverError`.
 */
export type OdeStatus = 'success' | 'max-steps' | 'step-too-small' | 'non-finite';

/** odex's counters: steps attempted (`nstep`), accepted, rejected, rhs evaluations. */
export interface OdeStats {
  readonly nstep: number;
  readonly naccept: number;
  readonly nreject: number;
  readonly nfev: number;
}

/** How a run ended, without its samples: enough to name a failure. */
export interface OdeOutcome {
  readonly status: OdeStatus;
  /** Time reached (t1 on success; the last accepted step otherwise). */
  readonly t: number;
  /** The interval asked for, [t0, t1]. */
  readonly span: readonly [number, number];
  readonly stats: OdeStats;
  readonly rtol: number;
  readonly atol: number;
  readonly maxSteps: number;
}

export interface OdeSolution extends OdeOutcome {
  readonly y: readonly number[];
  readonly samples: { readonly t: readonly number[]; readonly y: readonly (readonly number[])[] };
}
