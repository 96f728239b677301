/**
 * ctadam proposition 2 / appendix I: eq. (4) λθ + θ′ + ½ηθ″ = −u(t), u(t) from proposition 1 (eq. 3) with the
 * moments of lemma 1 driven by g = ∇L(θ(t)), as one first-order system in time t = nη (p = 1), state
 * [θ, ψ = θ′, m, v]. Started from a discrete AdamW state after its transient, it is compared with the
 * discrete trajectory θ_{n+1} = θ_n − η(u_n + λθ_n) of bias-corrected Adam (definition 1, ε = 0).
 */
import { integrateOdeOrThrow } from '../ode/index.js';
import { adamw } from '../optimizers/index.js';
import { logBiasFactor } from './max-update.js';

/** ∇L at θ. */
export type Gradient = (theta: readonly number[]) => number[];

export interface AdamWOdeParams {
  readonly eta: number;
  readonly lambda: number;
  /** β: second-moment rate; γ: first-moment rate (paper naming). */
  readonly beta: number;
  readonly gamma: number;
  /** Coefficient c of cηθ″: ½ in eq. (4) (claim mutants perturb it). */
  readonly inertia: number;
}

/** Right-hand side of the closed-loop system; the bias factor is eq. (3)'s at n = t/η. */
export function adamwOdeRhs(
  d: number,
  p: AdamWOdeParams,
  grad: Gradient,
): (t: number, y: readonly number[]) => number[] {
  const rm = (1 - p.gamma) / (p.gamma * p.eta);
  const rv = (1 - p.beta) / (p.beta * p.eta);
  return (t, y) => {
    const g = grad(y.slice(0, d));
    const bias = Math.exp(logBiasFactor(p.beta, p.gamma, t / p.eta));
    const out = new Array<number>(4 * d);
    for (let i = 0; i < d; i++) {
      const u = (bias * y[2 * d + i]) / Math.sqrt(y[3 * d + i]);
      out[i] = y[d + i];
      out[d + i] = (-p.lambda * y[i] - y[d + i] - u) / (p.inertia * p.eta);
      out[2 * d + i] = rm * (g[i] - y[2 * d + i]);
      out[3 * d + i] = rv * (g[i] * g[i] - y[3 * d + i]);
    }
    return out;
  };
}

export interface AdamWComparison {
  /** max_n ‖θ_n − θ(nη)‖∞ over the compared steps. */
  readonly gap: number;
  /** ‖θ at the end − θ at the start‖∞ of the compared stretch (the scale the gap is read against). */
  readonly displacement: number;
  readonly steps: number;
  readonly nfev: number;
}

/**
 * Discrete AdamW for `warmupSteps`, then eq. (4) from that state (θ′ on the slow manifold −u − λθ) and the
 * discrete run for `compareSteps` more, compared at every step.
 */
export function compareAdamWWithOde(
  p: AdamWOdeParams,
  grad: Gradient,
  theta0: readonly number[],
  warmupSteps: number,
  compareSteps: number,
  rtol: number,
): AdamWComparison {
  const d = theta0.length;
  const opt = adamw({ lr: p.eta, beta1: p.gamma, beta2: p.beta, biasCorrection: true, weightDecay: p.lambda });
  let x: Float64Array = Float64Array.from(theta0);
  let state = opt.init(x);
  const traj: Float64Array[] = [];
  let start: number[] = [];
  for (let n = 0; n < warmupSteps + compareSteps; n++) {
    const out = opt.step(x, Float64Array.from(grad([...x])), state);
    if (n === warmupSteps) {
      // at t_n: θ_n, the moments m_n, v_n (g_n included, as m(t_n) of lemma 1), θ′ = −u_n − λθ_n (slow manifold)
      start = [...x, ...[...x].map((th, i) => -out.update[i] - p.lambda * th), ...out.state.m, ...out.state.v];
    }
    if (n >= warmupSteps) traj.push(x);
    x = out.params;
    state = out.state;
  }
  traj.push(x);
  const t0 = warmupSteps * p.eta;
  const ts = traj.map((_, k) => t0 + k * p.eta);
  const sol = integrateOdeOrThrow(
    { rhs: adamwOdeRhs(d, p, grad), t0, t1: ts[ts.length - 1], y0: start },
    { rtol, atol: 1e-14, sampleAt: ts },
    `eq. (4) closed loop, η = ${p.eta}, λ = ${p.lambda}`,
  );
  let gap = 0;
  for (const [k, y] of sol.samples.y.entries())
    for (let i = 0; i < d; i++) gap = Math.max(gap, Math.abs(y[i] - traj[k][i]));
  let displacement = 0;
  for (let i = 0; i < d; i++) displacement = Math.max(displacement, Math.abs(traj[traj.length - 1][i] - traj[0][i]));
  return { gap, displacement, steps: warmupSteps + compareSteps, nfev: sol.stats.nfev };
}
