/**
 * The order shape: a remainder measured over a grid of the small parameter, its log–log order fitted
 * (src/numeric/stats fitLogLogOrder) and certified (src/numeric/ode certify), compared with the claimed order.
 * - ODE: odex at rtol and at 100× tighter (certifyAcrossTolerances, as every ODE check); the remainder is
 *   max |remainder| over the window's samples.
 * - recurrence: float64 has no solver tolerance to tighten; what can decide the number instead is the
 *   pre-asymptotic range, so the fit over the whole grid is certified against the fit without its coarsest
 *   point (the same `certify`, same agreed-digits rule). The remainder is evaluated after the last step.
 * Agreement is in significant digits, so a slope near 0 (a remainder that does not vanish) rarely certifies:
 * such a run ends `error` (uncertified), never a verdict.
 */
import { OptverifyError } from '../core/errors.js';
import type { Check, Expectation, Measurement } from '../core/theorem.js';
import { certify, certifyAcrossTolerances, integrateOdeOrThrow } from '../numeric/ode/index.js';
import { fitLogLogOrder } from '../numeric/stats/index.js';
import { compileFloat, type Scope } from './expr.js';
import type { Fields } from './mutants.js';
import type { OdeSystem, OrderShape, RecurrenceSystem } from './types.js';

export const orderCheckName = 'remainder_order';

export function orderExpectation(s: OrderShape, source: string): Expectation {
  return {
    expected: s.claimed,
    tolerance: { kind: 'order', delta: s.tolerance.delta },
    source: `${source}; order tolerance: ${s.tolerance.source}`,
    kind: 'evidence',
  };
}

interface GridRun {
  readonly remainders: number[];
  readonly work: number;
}

const scopeAt = (s: OrderShape, eps: number): Scope => ({ ...(s.parameters ?? {}), [s.small]: eps });

/** A window or step count that, at some grid value, describes no measurement (the check ends `error`). */
export class OrderSetupError extends OptverifyError {
  override readonly code = 'E_ORDER_SETUP';
}

function runOde(s: OrderShape, sys: OdeSystem, remainder: string, rtol: number): GridRun {
  const rhs = sys.state.map((x) => compileFloat(sys.rhs[x]));
  const init = sys.state.map((x) => compileFloat(sys.initial[x]));
  const r = compileFloat(remainder);
  const [t0, from, to] = [sys.t0 ?? '0', sys.window.from, sys.window.to].map(compileFloat);
  let work = 0;
  const remainders = s.grid.map((eps) => {
    const scope = scopeAt(s, eps);
    const [a, b, start] = [from(scope), to(scope), t0(scope)];
    if (!(start <= a && a < b))
      throw new OrderSetupError(`${s.small} = ${eps}: need t0 ≤ from < to, got t0 = ${start}, [${a}, ${b}]`);
    const n = sys.window.samples;
    const ts = Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
    const setState = (t: number, y: readonly number[]): void => {
      scope.t = t;
      sys.state.forEach((x, i) => {
        scope[x] = y[i];
      });
    };
    const sol = integrateOdeOrThrow(
      {
        t0: start,
        t1: b,
        y0: init.map((f) => f(scope)),
        rhs: (t, y) => {
          setState(t, y);
          return rhs.map((f) => f(scope));
        },
      },
      { rtol, atol: rtol * 1e-2, sampleAt: ts },
      `${s.small} = ${eps}`,
    );
    work += sol.stats.nfev;
    let worst = 0;
    sol.samples.t.forEach((t, i) => {
      setState(t, sol.samples.y[i]);
      worst = Math.max(worst, Math.abs(r(scope)));
    });
    return sol.samples.t.length === n ? worst : NaN;
  });
  return { remainders, work };
}

function runRecurrence(s: OrderShape, sys: RecurrenceSystem, remainder: string): GridRun & { steps: number[] } {
  const update = sys.state.map((x) => compileFloat(sys.update[x]));
  const init = sys.state.map((x) => compileFloat(sys.initial[x]));
  const steps = compileFloat(sys.steps);
  const r = compileFloat(remainder);
  let work = 0;
  const counts: number[] = [];
  const remainders = s.grid.map((eps) => {
    const scope = scopeAt(s, eps);
    const n = Math.round(steps(scope));
    if (!(n >= 1 && Number.isSafeInteger(n)))
      throw new OrderSetupError(`${s.small} = ${eps}: steps = ${steps(scope)}, need a whole number ≥ 1`);
    counts.push(n);
    const x = init.map((f) => f(scope));
    sys.state.forEach((name, i) => {
      scope[name] = x[i];
    });
    // x_k = F(k, x_{k−1}): every component from the previous state
    for (let k = 1; k <= n; k++) {
      scope.k = k;
      const next = update.map((f) => f(scope));
      sys.state.forEach((name, i) => {
        scope[name] = next[i];
      });
    }
    scope.k = n;
    work += n;
    return Math.abs(r(scope));
  });
  return { remainders, work, steps: counts };
}

const slope = (xs: readonly number[], ys: readonly number[]): number => fitLogLogOrder(xs, ys).slope;

export function orderChecks(s: OrderShape, fields: Fields): Check[] {
  const sys = s.system;
  return [
    {
      name: orderCheckName,
      layer: sys.kind === 'ode' ? 'ode' : 'empirical',
      run(claim, ctx): Measurement {
        const { remainder } = fields(claim, ctx, { remainder: s.remainder });
        const grid = s.grid;
        if (sys.kind === 'ode') {
          let last: GridRun = { remainders: [], work: 0 };
          const cert = certifyAcrossTolerances((rtol) => {
            last = runOde(s, sys, remainder, rtol);
            return { value: slope(grid, last.remainders), nfev: last.work };
          }, sys.rtol);
          const fit = fitLogLogOrder(grid, last.remainders);
          return {
            measured: cert.value,
            method: `odex rtol ${sys.rtol} vs 100× tighter; log–log fit of max |remainder| on the window over ${s.small} ∈ {${grid.join(', ')}}`,
            work: cert.nfev,
            detail: {
              grid,
              remainders: last.remainders,
              pairwise_slopes: fit.pairwise,
              stderr: fit.stderr,
              agreed_digits: cert.agreedDigits,
            },
          };
        }
        const run = runRecurrence(s, sys, remainder);
        // coarsest point = largest small parameter
        const coarsest = grid.indexOf(Math.max(...grid));
        const keep = (xs: readonly number[]) => xs.filter((_, i) => i !== coarsest);
        const all = { value: slope(grid, run.remainders), nfev: run.work };
        const finer = { value: slope(keep(grid), keep(run.remainders)), nfev: 0 };
        const cert = certify(all, finer);
        const fit = fitLogLogOrder(grid, run.remainders);
        return {
          measured: cert.loose,
          method: `float64 recurrence, remainder after the last step; log–log fit over ${s.small} ∈ {${grid.join(', ')}}, certified against the fit without the coarsest point`,
          work: cert.nfev,
          detail: {
            grid,
            steps: run.steps,
            remainders: run.remainders,
            pairwise_slopes: fit.pairwise,
            stderr: fit.stderr,
            order_without_coarsest: cert.tight,
            agreed_digits: cert.agreedDigits,
          },
        };
      },
    },
  ];
}
