/**
 * The Adam flow (gsi eq. 4), one coordinate, ε = 0: τ1 m′ = −m + g, τ2 v′ = −v + g², R = m/√v,
 * and its expansion R = sign(g)(1 + (τ2 − τ1)δ) + O(Λ² + Λ′) (theorem 3.3).
 */
import type { OdeProblem } from '../ode/problem.js';
import type { Signal } from './signals.js';

export interface AdamFlowParams {
  readonly tau1: number;
  readonly tau2: number;
}

/** State y = [m, v]; starts on the signal (m(0) = g(0), v(0) = g(0)²) unless y0 is given. */
export function adamFlowProblem(
  p: AdamFlowParams,
  signal: Signal,
  t1: number,
  y0?: readonly [number, number],
): OdeProblem {
  const g0 = signal.g(0);
  return {
    rhs: (t, y) => {
      const g = signal.g(t);
      return [(-y[0] + g) / p.tau1, (-y[1] + g * g) / p.tau2];
    },
    t0: 0,
    t1,
    y0: y0 ?? [g0, g0 * g0],
  };
}

/** First-order expansion of R (theorem 3.3). */
export function firstOrderR(p: AdamFlowParams, signal: Signal, t: number): number {
  return Math.sign(signal.g(t)) * (1 + (p.tau2 - p.tau1) * signal.delta(t));
}

/**
 * Second-order expansion (beyond the paper): from x = y − τy′ + τ²y″ − …,
 * R/sign(g) = 1 + (τ2 − τ1)δ + (τ1² − τ1τ2 − τ2²/2)δ² + (τ1² − τ2²)δ′ + O(3).
 */
export function secondOrderR(p: AdamFlowParams, signal: Signal, t: number): number {
  const d = signal.delta(t);
  const dp = signal.deltaPrime(t);
  const { tau1: a, tau2: b } = p;
  return Math.sign(signal.g(t)) * (1 + (b - a) * d + (a * a - a * b - (b * b) / 2) * d * d + (a * a - b * b) * dp);
}

/** Prop. 3.2 leading terms: m ≈ g(1 − τ1δ), v ≈ g²(1 − 2τ2δ). */
export function firstOrderMoments(p: AdamFlowParams, signal: Signal, t: number): [number, number] {
  const g = signal.g(t);
  const d = signal.delta(t);
  return [g * (1 - p.tau1 * d), g * g * (1 - 2 * p.tau2 * d)];
}
