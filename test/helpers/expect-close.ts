import { expect } from 'vitest';

/** Assert |actual − expected| ≤ atol + rtol·|expected| (default rtol 1e-12 for exact float64 kernels). */
export function expectClose(actual: number, expected: number, opts: { rtol?: number; atol?: number } = {}): void {
  const rtol = opts.rtol ?? 1e-12;
  const atol = opts.atol ?? 0;
  const ok = Number.isFinite(actual) && Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  if (!ok)
    expect.fail(
      `expected ${actual} to be within atol ${atol} + rtol ${rtol} of ${expected} (diff ${actual - expected})`,
    );
}
