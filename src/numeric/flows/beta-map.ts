/**
 * The β ↔ τ correspondences of gsi appendix A.1: any β(τ, Δt) = 1 − Δt/τ + o(Δt) gives the Adam flow (4)
 * in the limit Δt → 0. The exponential map is the paper's choice; the linear one is its first-order truncation
 * (the two differ by Δt²/(2τ²) + O(Δt³)).
 */
export type BetaMapName = 'exponential' | 'linear';

/** β as a function of the time scale τ and the step Δt. */
export type BetaMap = (tau: number, dt: number) => number;

export const betaMaps: Readonly<Record<BetaMapName, BetaMap>> = {
  exponential: (tau, dt) => Math.exp(-dt / tau),
  linear: (tau, dt) => 1 - dt / tau,
};

/** The time scale each map assigns to a fixed β (its inverse in τ): −Δt/ln β, Δt/(1 − β). */
export const tauOfBeta: Readonly<Record<BetaMapName, (beta: number, dt: number) => number>> = {
  exponential: (beta, dt) => -dt / Math.log(beta),
  linear: (beta, dt) => dt / (1 - beta),
};
