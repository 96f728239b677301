/**
 * Parameters for every fast-check property of the numeric suites (`fc.assert(prop, fcParams())`): one
 * fixed seed, so a failure reproduces exactly and CI cannot go red or green on the luck of a draw.
 * The seed only fixes which cases are looked at; a property's domain must make it hold for every
 * seed (sweep a new property over a few hundred seeds once, e.g. with `FC_SEED=<n>` in the
 * environment, which overrides the seed for such a one-off sweep).
 */
export const FC_SEED = 42;

export function fcParams(numRuns = 100): { seed: number; numRuns: number } {
  const env = process.env.FC_SEED;
  const seed = env !== undefined && env !== '' ? Number(env) : FC_SEED;
  if (!Number.isInteger(seed)) throw new RangeError(`FC_SEED must be an integer, got ${env}`);
  return { seed, numRuns };
}
