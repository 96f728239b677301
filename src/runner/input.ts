/** Resolves a check's declared input for one run: the claim's settings, the expectation, the experiment at this budget, training seeds from `--seed`. */
import { InternalError } from '../core/errors.js';
import type { Budget, CheckInput, TheoremModule } from '../core/theorem.js';

/** Training seeds for `--seed s` when the experiment declares n of them: s·n … s·n + n − 1 (disjoint blocks; seed 0 → 0 … n − 1). */
export function trainingSeeds(seed: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => seed * n + i);
}

export interface InputOptions {
  readonly seed: number;
  readonly budget: Budget;
  /** The requested backend (`auto` when none); recorded only for training-backed checks. */
  readonly backend?: string;
  /** A declared claim mutant to apply (conformance suite). */
  readonly mutant?: string;
}

/** The resolved input of `check` of `mod` for this run. */
export function resolveInput(mod: TheoremModule, check: string, o: InputOptions): CheckInput {
  const c = mod.checks.find((x) => x.name === check);
  const expectation = mod.claim.expectations[check];
  if (!c || !expectation) throw new InternalError(`theorem ${mod.claim.id} has no check "${check}"`);
  if (o.mutant !== undefined && !mod.claim.mutants?.[o.mutant])
    throw new InternalError(`claim ${mod.claim.id} declares no mutant "${o.mutant}"`);
  let experiment: CheckInput['experiment'] = null;
  if (c.experiment !== undefined) {
    const declared = mod.claim.experiments?.[c.experiment]?.[o.budget];
    if (!declared)
      throw new InternalError(`claim ${mod.claim.id}: experiment "${c.experiment}" declares no ${o.budget} budget`);
    experiment = { ...declared, seeds: trainingSeeds(o.seed, declared.seeds) };
  }
  return {
    theorem: mod.claim.id,
    check,
    seed: o.seed,
    budget: o.budget,
    settings: mod.claim.settings,
    expectation,
    experiment,
    backend: c.experiment !== undefined ? (o.backend ?? 'auto') : null,
    mutant: o.mutant ?? null,
  };
}
