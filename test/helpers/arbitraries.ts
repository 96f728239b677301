/** Constrained arbitraries shared by the property suites (no fc.pre). */
import fc from 'fast-check';

/** β in [0.01, 0.9999]: away from 0 (no memory) and 1 (no forgetting) where EMAs degenerate. */
export const beta = () => fc.double({ min: 0.01, max: 0.9999, noNaN: true });
/** τ in [0.1, 10]: the timescales of the gsi experiments, away from stiff and frozen limits. */
export const tau = () => fc.double({ min: 0.1, max: 10, noNaN: true });
/** A gradient vector of length n with entries in [−10, 10]. */
export const gradient = (n: number) => fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n });
