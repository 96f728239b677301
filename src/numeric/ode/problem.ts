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

/** SciML-style named outcomes: a run-time numeric outcome is a value, not an exception. */
export type OdeStatus = 'success' | 'max-steps' | 'step-too-small' | 'non-finite';

export interface OdeSolution {
  readonly status: OdeStatus;
  /** Time reached (t1 on success). */
  readonly t: number;
  readonly y: readonly number[];
  readonly samples: { readonly t: readonly number[]; readonly y: readonly (readonly number[])[] };
  readonly stats: { readonly nfev: number; readonly naccept: number; readonly nreject: number };
  readonly rtol: number;
  readonly atol: number;
}
