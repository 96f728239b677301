/**
 * Remainders of the Adam-flow expansion measured on the slow-sine family, over the window
 * t ∈ [30 max τ, 40 max τ + 2π/ε] (spec 000 §1), and their log–log orders in ε.
 */
import { integrateOde } from '../ode/solve.js';
import type { OdeOutcome } from '../ode/problem.js';
import { fitLine, fitLogLogOrder } from '../stats/order-fit.js';
import type { OrderFit } from '../stats/order-fit.js';
import type { AdamFlowParams } from './adam-flow.js';
import { adamFlowProblem, firstOrderMoments, firstOrderR, secondOrderR } from './adam-flow.js';
import { slowSine } from './signals.js';
import type { Signal } from './signals.js';

export interface RemainderRun {
  readonly eps: number;
  /** max |R − sign g|. */
  readonly zeroth: number;
  /** max |R − sign g (1 + (τ2 − τ1)δ)|. */
  readonly first: number;
  /** max |R − second-order expansion|. */
  readonly second: number;
  /** max |m/g − (1 − τ1δ)| and max |v/g² − (1 − 2τ2δ)| (prop. 3.2). */
  readonly m: number;
  readonly v: number;
  /** Least-squares coefficient of δ in R − sign g over the window. */
  readonly coefficient: number;
  readonly nfev: number;
  readonly status: string;
  /** How the solver run ended (status, time reached, odex's counts), to name a failure. */
  readonly outcome: OdeOutcome;
}

/** The expansions the remainders are measured against (default: theorem 3.3, prop. 3.2 and the second order). */
export interface ClaimedExpansion {
  readonly first: (p: AdamFlowParams, signal: Signal, t: number) => number;
  readonly second: (p: AdamFlowParams, signal: Signal, t: number) => number;
  readonly moments: (p: AdamFlowParams, signal: Signal, t: number) => [number, number];
}
const paperExpansion: ClaimedExpansion = { first: firstOrderR, second: secondOrderR, moments: firstOrderMoments };

/** `opts.expansion`: a check's own statement of the claimed expansions (its claim mutants perturb them). */
export function measureRemainders(
  p: AdamFlowParams,
  eps: number,
  opts: { amplitude: number; rtol: number; samples: number; expansion?: ClaimedExpansion },
): RemainderRun {
  const claimed = opts.expansion ?? paperExpansion;
  const signal = slowSine(opts.amplitude, eps);
  const tauMax = Math.max(p.tau1, p.tau2);
  const ta = 30 * tauMax;
  const tb = 40 * tauMax + (2 * Math.PI) / eps;
  const ts = Array.from({ length: opts.samples }, (_, i) => ta + ((tb - ta) * i) / (opts.samples - 1));
  const sol = integrateOde(adamFlowProblem(p, signal, tb), { rtol: opts.rtol, atol: opts.rtol * 1e-2, sampleAt: ts });
  let zeroth = 0;
  let first = 0;
  let second = 0;
  let mErr = 0;
  let vErr = 0;
  const ds: number[] = [];
  const rs: number[] = [];
  sol.samples.t.forEach((t, i) => {
    const [m, v] = sol.samples.y[i];
    const R = m / Math.sqrt(v);
    const g = signal.g(t);
    const [m1, v1] = claimed.moments(p, signal, t);
    zeroth = Math.max(zeroth, Math.abs(R - Math.sign(g)));
    first = Math.max(first, Math.abs(R - claimed.first(p, signal, t)));
    second = Math.max(second, Math.abs(R - claimed.second(p, signal, t)));
    mErr = Math.max(mErr, Math.abs((m - m1) / g));
    vErr = Math.max(vErr, Math.abs((v - v1) / (g * g)));
    ds.push(signal.delta(t));
    rs.push(R - Math.sign(g));
  });
  const ok = sol.status === 'success' && sol.samples.t.length === opts.samples;
  return {
    eps,
    zeroth: ok ? zeroth : NaN,
    first: ok ? first : NaN,
    second: ok ? second : NaN,
    m: ok ? mErr : NaN,
    v: ok ? vErr : NaN,
    coefficient: ok ? fitLine(ds, rs).slope : NaN,
    nfev: sol.stats.nfev,
    status: sol.status,
    outcome: {
      status: sol.status,
      t: sol.t,
      span: sol.span,
      stats: sol.stats,
      rtol: sol.rtol,
      atol: sol.atol,
      maxSteps: sol.maxSteps,
    },
  };
}

export type RemainderKey = 'zeroth' | 'first' | 'second' | 'm' | 'v';

/** Order fits of each remainder against ε. */
export function remainderOrders(runs: readonly RemainderRun[], key: RemainderKey): OrderFit {
  return fitLogLogOrder(
    runs.map((r) => r.eps),
    runs.map((r) => r[key]),
  );
}
