/** Adapter over odex (Gragg–Bulirsch–Stoer with dense output). */
import { createRequire } from 'node:module';
import type { OdexModule } from '../../types/odex.js';
import type { OdeProblem, OdeSolution, OdeStatus, SolveOptions } from './problem.js';

const odex = createRequire(import.meta.url)('odex') as OdexModule;

const allFinite = (y: readonly number[]): boolean => y.every(Number.isFinite);

/** Integrate `problem` adaptively; samples come from odex's dense interpolator. */
export function integrateOde(problem: OdeProblem, opts: SolveOptions): OdeSolution {
  const n = problem.y0.length;
  const solver = new odex.Solver(n);
  solver.relativeTolerance = opts.rtol;
  solver.absoluteTolerance = opts.atol;
  solver.maxSteps = opts.maxSteps ?? 200_000;
  solver.denseOutput = true;
  solver.initialStepSize = Math.min(1e-4, Math.abs(problem.t1 - problem.t0) / 10);
  const sampleAt = opts.sampleAt ?? [];
  const sT: number[] = [];
  const sY: number[][] = [];
  let next = 0;
  let nonFinite = false;
  let tReached = problem.t0;
  let yReached = [...problem.y0];
  const f = (t: number, y: number[]): number[] => problem.rhs(t, y);
  const out = solver.solve(f, problem.t0, [...problem.y0], problem.t1, (_nr, xOld, x, y, dense) => {
    if (!allFinite(y)) {
      nonFinite = true;
      return false;
    }
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
  if (nonFinite || !allFinite(out.y)) status = 'non-finite';
  else if (out.outcome === odex.Outcome.MaxStepsExceeded) status = 'max-steps';
  else if (out.outcome !== odex.Outcome.Converged) status = 'step-too-small';
  return {
    status,
    t: status === 'success' ? problem.t1 : tReached,
    y: status === 'success' ? out.y : yReached,
    samples: { t: sT, y: sY },
    stats: { nfev: out.nEval, naccept: out.nAccept, nreject: out.nReject },
    rtol: opts.rtol,
    atol: opts.atol,
  };
}
