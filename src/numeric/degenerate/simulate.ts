/**
 * Adam (no bias correction, ε = 0) on L = x^k/k from (η, x0), run on the η-free normalised map for
 * as many steps as wanted without underflow; measures what spec 004 §9.4 classifies by.
 */
import { eigen2, etaLambdaStar, fixedPointExists, omegaStar } from './fixed-point.js';
import type { MapParams, NormState } from './normalised-map.js';
import { initialState, jacobianFd, stepNormalised } from './normalised-map.js';

export interface SimOptions {
  readonly eta: number;
  readonly x0: number;
  readonly steps: number;
  readonly init?: 'zero' | 'first-gradient';
  /** Steps at the end over which the geometric-mean ratio |x_{t+1}/x_t| is measured. */
  readonly rateWindow?: number;
  /**
   * Stop early once the state is within this relative distance of (ω*, ηλ*) with w below it too,
   * and the finite-difference Jacobian there is contracting (0 = never). See `simulateAdam`.
   */
  readonly earlyExitTol?: number;
  /** Number of (t, log10 L) points to record (0 = none). */
  readonly lossSamples?: number;
}

export interface SimResult {
  readonly stepsRun: number;
  readonly earlyExit: boolean;
  /** max(|ω/ω* − 1|, |μ/μ* − 1|, w) at the end; Infinity if the fixed point does not exist. */
  readonly distance: number;
  readonly lnX: number;
  readonly minLnX: number;
  readonly lnW: number;
  /** exp(mean ln|q|) over the rate window. */
  readonly rate: number;
  /** v_{t+1}/v_t at the last step = β2/(1 − (1 − β2)w_{t+1}). */
  readonly vRatio: number;
  /** Steps where |q| was clamped away from 0. */
  readonly clamped: number;
  readonly lossT: number[];
  readonly lossLog10: number[];
}

function distanceTo(s: NormState, om: number, mu: number): number {
  return Math.max(Math.abs(s.omega / om - 1), Math.abs(Math.exp(s.lnMu) / mu - 1), Math.exp(s.lnW));
}

/**
 * Simulate `steps` steps. Early exit (if asked) is taken only when the state sits within `earlyExitTol`
 * of the fixed point of eq. (7) AND the numerically differentiated map there has spectral radius < 1:
 * a perturbation that small then decays geometrically, so the relative distance at any later T stays
 * far below the 1e-6 classification threshold (non-normal growth of a 2×2 block is bounded by its
 * condition number, ≪ 1e6 on the unit square off the boundary).
 */
export function simulateAdam(p: MapParams, o: SimOptions): SimResult {
  const s = initialState(p, o.eta, o.x0, o.init ?? 'zero');
  const exists = fixedPointExists(p.k, p.beta1, p.beta2);
  const om = exists ? omegaStar(p.k, p.beta1, p.beta2) : NaN;
  const mu = exists ? etaLambdaStar(p.k, p.beta1, p.beta2) : NaN;
  const window = Math.min(o.rateWindow ?? 0, o.steps);
  const nLoss = o.lossSamples ?? 0;
  const lossT: number[] = [];
  const lossLog10: number[] = [];
  const lnLoss = (): number => (p.k * s.lnX - Math.log(p.k)) / Math.LN10;
  let nextLoss = 0;
  let lossIdx = 0;
  if (nLoss > 0) {
    lossT.push(0);
    lossLog10.push(lnLoss());
    lossIdx = 1;
    nextLoss = Math.round((lossIdx * o.steps) / (nLoss - 1));
  }
  let minLnX = s.lnX;
  let sumWindow = 0;
  let clamped = 0;
  let certified = false;
  let certificateTried = false;
  const tol = o.earlyExitTol ?? 0;
  let t = 0;
  for (; t < o.steps; t++) {
    let lq = stepNormalised(p, s);
    if (Number.isNaN(lq)) {
      clamped++;
      lq = 0;
    }
    if (s.lnX < minLnX) minLnX = s.lnX;
    if (t >= o.steps - window) sumWindow += lq;
    if (nLoss > 0 && t + 1 === nextLoss) {
      lossT.push(t + 1);
      lossLog10.push(lnLoss());
      lossIdx++;
      nextLoss = Math.round((lossIdx * o.steps) / (nLoss - 1));
    }
    if (tol > 0 && exists && !certificateTried && (t & 63) === 0 && distanceTo(s, om, mu) < tol) {
      certificateTried = true;
      const J = jacobianFd(p, 1, [om, mu, 0]);
      certified =
        eigen2([
          [J[0][0], J[0][1]],
          [J[1][0], J[1][1]],
        ]).radius < 1 && Math.abs(J[2][2]) < 1;
      if (certified) {
        t++;
        break;
      }
    }
  }
  const w = Math.exp(s.lnW);
  return {
    stepsRun: t,
    earlyExit: certified,
    distance: exists ? distanceTo(s, om, mu) : Infinity,
    lnX: s.lnX,
    minLnX,
    lnW: s.lnW,
    rate: window > 0 ? Math.exp(sumWindow / window) : NaN,
    vRatio: p.beta2 / (1 - (1 - p.beta2) * w),
    clamped,
    lossT,
    lossLog10,
  };
}

/** Spec 004 §9.4: sim-I converged (distance < tol at T); sim-II min ln L below ln L(η/2) − nats; else sim-III. */
export function simulatedRegime(
  r: SimResult,
  k: number,
  eta: number,
  opts: { convergedTol: number; deepNats: number },
): 1 | 2 | 3 {
  if (r.earlyExit || r.distance < opts.convergedTol) return 1;
  return k * r.minLnX < k * Math.log(eta / 2) - opts.deepNats ? 2 : 3;
}
