/** Constrained arbitraries shared by the property suites (no fc.pre). */
import fc from 'fast-check';

/** β in [0.01, 0.9999]: away from 0 (no memory) and 1 (no forgetting) where EMAs degenerate. */
export const beta = () => fc.double({ min: 0.01, max: 0.9999, noNaN: true });
/** τ in [0.1, 10]: the timescales of the gsi experiments, away from stiff and frozen limits. */
export const tau = () => fc.double({ min: 0.1, max: 10, noNaN: true });
/** A gradient vector of length n with entries in [−10, 10]. */
export const gradient = (n: number) =>
  fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n });

/**
 * One gradient entry for properties of Adam's m/√v in float64: exactly 0, or |g| ∈ [1e-100, max].
 * Below |g| ≈ 1.5e-154, g² is subnormal or 0 and v = Σ β^{n−j}(1 − β)g_j² loses its relative
 * precision while m does not, so the kernel's m/√v is no longer the real-valued update a bound is
 * about (found: β = γ = 0.01, g = (0, 2.2e-162) gave |u_1| > S_1). With |g| ≥ 1e-100, rates in
 * [0.01, 0.99] and at most 40 steps, the leading term of m and of v stays ≥ 0.01^41·1e-200 = 1e-282:
 * normal, full precision.
 */
export const updateGradientEntry = (max = 5) =>
  fc.oneof(
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: fc.double({ min: 1e-100, max, noNaN: true }), weight: 5 },
    { arbitrary: fc.double({ min: -max, max: -1e-100, noNaN: true }), weight: 5 },
  );
