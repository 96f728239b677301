/** Typed errors (house style §3.4). The CLI's single catch maps `exitCode`. */

export class OptverifyError extends Error {
  readonly code: string = 'E_INTERNAL';
  readonly exitCode: number = 1;
}

/** Bad flag or argument: names the flag, the rule and the value. Exit 2. */
export class UsageError extends OptverifyError {
  override readonly code = 'E_USAGE';
  override readonly exitCode = 2;
}

export class UnknownTheoremError extends OptverifyError {
  override readonly code = 'E_UNKNOWN_THEOREM';
  override readonly exitCode = 2;
  constructor(
    readonly id: string,
    readonly suggestions: readonly string[],
  ) {
    super(
      suggestions.length > 0
        ? `unknown theorem "${id}"; did you mean: ${suggestions.join(', ')}?`
        : `unknown theorem "${id}"; run \`verify list\` to see the theorems`,
    );
  }
}

export class AmbiguousTheoremError extends OptverifyError {
  override readonly code = 'E_AMBIGUOUS_THEOREM';
  override readonly exitCode = 2;
  constructor(
    readonly id: string,
    readonly candidates: readonly string[],
  ) {
    super(`"${id}" is in several papers; use one of: ${candidates.join(', ')}`);
  }
}

/**
 * A paper label that the coverage map lists but no theorem module answers (or answers only in part):
 * one line naming the paper, the status and the reason or the checks to run. Exit 2.
 */
export class UncheckedLabelError extends OptverifyError {
  override readonly code = 'E_UNCHECKED_LABEL';
  override readonly exitCode = 2;
  constructor(
    readonly label: string,
    readonly paper: string,
    readonly status: string,
    readonly detail: string,
  ) {
    super(`${label} (${paper}): ${status} — ${detail}`);
  }
}

/** Thrown inside a check: the runner records `skip` with this reason. */
export class SkipCheck extends OptverifyError {
  override readonly code = 'E_SKIP';
}

/** A numeric state went NaN/∞ where the check cannot continue; becomes `error`. */
export class NonFiniteStateError extends OptverifyError {
  override readonly code = 'E_NON_FINITE';
  constructor(
    readonly t: number,
    readonly component: number | string,
  ) {
    super(`state became non-finite at t = ${t} (component ${component})`);
  }
}

/**
 * The ODE solver stopped before the end of the interval (`non-finite`, `max-steps`, `step-too-small`):
 * a fault of the computation, so the check ends `error`, never `fail`. The message names the outcome
 * and the solver's counts; `outcome`, `t` and `stats` carry them.
 */
export class SolverError extends OptverifyError {
  override readonly code = 'E_ODE_SOLVER';
  constructor(
    readonly outcome: string,
    readonly t: number,
    readonly stats: {
      readonly nstep: number;
      readonly naccept: number;
      readonly nreject: number;
      readonly nfev: number;
    },
    message: string,
  ) {
    super(message);
  }
}

/** A solver-tolerance certification kept fewer digits than required: the value is not a measurement. */
export class UncertifiedError extends OptverifyError {
  override readonly code = 'E_UNCERTIFIED';
  constructor(
    readonly loose: number,
    readonly tight: number,
    readonly agreedDigits: number,
    readonly minDigits: number,
  ) {
    super(
      `loose and tight solver runs agree on ${agreedDigits} significant digit${agreedDigits === 1 ? '' : 's'} (need ≥ ${minDigits}): loose ${loose}, tight ${tight}`,
    );
  }
}

/** The computer-algebra system returned a result the numbers contradict. */
export class ComputerAlgebraFault extends OptverifyError {
  override readonly code = 'E_CAS_FAULT';
}

/** A layer that did no work (0 rhs evaluations, 0 points) must not be judged. */
export class NoWorkDoneError extends OptverifyError {
  override readonly code = 'E_NO_WORK';
}

/** The run was interrupted (Ctrl-C) inside a check; the check is reported as not run, never recorded. */
export class InterruptedError extends OptverifyError {
  override readonly code = 'E_INTERRUPTED';
  override readonly exitCode = 130;
}

export class InternalError extends OptverifyError {
  override readonly code = 'E_INTERNAL';
}

/** Validation result for flags/config: every problem reported at once. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };
