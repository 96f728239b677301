/** Adapter over odex (Gragg–Bulirsch–Stoer with dense output). */
import { createRequire } from 'node:module';
import { SolverError } from '../../core/errors.js';
import type { OdexModule } from '../../types/odex.js';
import type { OdeOutcome, OdeProblem, OdeSolution, OdeStatus, SolveOptions } from './problem.js';

const odex = createRequire(import.meta.url)('odex') as OdexModule;

const allFinite = (y: readonly number[]): boolean => y.every(Number.isFinite);

/** Default step budget of odex (`maxSteps`) when `SolveOptions.maxSteps` is not given. */
export const DEFAULT_MAX_STEPS = 200_000;

/**
 * An accepted step shorter than this many ulps of |t| no longer advances t: the step size has
 * collapsed to round-off (odex itself has no such test and would spin until `maxSteps`).
 */
const MIN_STEP_ULPS = 4;

/** Integrate `problem` adaptively; samples come from odex's dense interpolator. */
export function integrateOde(problem: OdeProblem, opts: SolveOptions): OdeSolution {
  const n = problem.y0.length;
  const maxSteps = opts.maxSteps ?? DEFAULT_MAX_STEPS;
  const solver = new odex.Solver(n);
  solver.relativeTolerance = opts.rtol;
  solver.absoluteTolerance = opts.atol;
  solver.maxSteps = maxSteps;
  solver.denseOutput = true;
  solver.initialStepSize = Math.min(1e-4, Math.abs(problem.t1 - problem.t0) / 10);
  const sampleAt = opts.sampleAt ?? [];
  const sT: number[] = [];
  const sY: number[][] = [];
  let next = 0;
  let stopped: OdeStatus | undefined;
  let first = true;
  let tReached = problem.t0;
  let yReached = [...problem.y0];
  const f = (t: number, y: number[]): number[] => problem.rhs(t, y);
  const out = solver.solve(f, problem.t0, [...problem.y0], problem.t1, (_nr, xOld, x, y, dense) => {
    if (!allFinite(y)) {
      stopped = 'non-finite';
      return false;
    }
    // odex calls the observer once at t0 (xOld = x) before the first step
    if (!first && Math.abs(x - xOld) <= MIN_STEP_ULPS * Number.EPSILON * Math.max(Math.abs(x), Math.abs(xOld))) {
      stopped = 'step-too-small';
      return false;
    }
    first = false;
    tReached = x;
    yReached = [...y];
    while (next < sampleAt.length && sampleAt[next] <= x + 1e-12 * Math.abs(x)) {
      const ts = sampleAt[next];
      if (ts < xOld - 1e-12 * Math.abs(xOld)) {
        next++;
        continue;
      }
      const row = new Array<number>(n);
      for (let i = 0; i < n; i++) row[i] = ts === x || !dense ? y[i] : dense(i, ts);
      sT.push(ts);
      sY.push(row);
      next++;
    }
    return undefined;
  });
  let status: OdeStatus = 'success';
  if (stopped) status = stopped;
  else if (!allFinite(out.y)) status = 'non-finite';
  else if (out.outcome === odex.Outcome.MaxStepsExceeded) status = 'max-steps';
  else if (out.outcome !== odex.Outcome.Converged) status = 'step-too-small';
  return {
    status,
    t: status === 'success' ? problem.t1 : tReached,
    span: [problem.t0, problem.t1],
    y: status === 'success' ? out.y : yReached,
    samples: { t: sT, y: sY },
    stats: { nstep: out.nStep, naccept: out.nAccept, nreject: out.nReject, nfev: out.nEval },
    rtol: opts.rtol,
    atol: opts.atol,
    maxSteps,
  };
}

/** One line naming how a run ended and odex's counts, e.g. for a `SolverError`. */
export function describeOutcome(o: OdeOutcome): string {
  const s = o.stats;
  return (
    `odex ${o.status} at t = ${o.t} of [${o.span[0]}, ${o.span[1]}] after ${s.nstep} steps ` +
    `(${s.naccept} accepted, ${s.nreject} rejected, ${s.nfev} rhs evaluations; rtol ${o.rtol}, atol ${o.atol}, maxSteps ${o.maxSteps})`
  );
}

/**
 * The solution if the solver reached t1; otherwise throw a `SolverError` naming the outcome and the
 * counts (the runner records it as `error`: a solver fault is never evidence against a claim).
 */
export function requireSuccess<T extends OdeOutcome>(o: T, what?: string): T {
  if (o.status === 'success') return o;
  throw new SolverError(o.status, o.t, o.stats, `${what ? `${what}: ` : ''}${describeOutcome(o)}`);
}

/** `integrateOde` followed by `requireSuccess`: for checks whose measurement needs the whole interval. */
export function integrateOdeOrThrow(problem: OdeProblem, opts: SolveOptions, what?: string): OdeSolution {
  return requireSuccess(integrateOde(problem, opts), what);
}
