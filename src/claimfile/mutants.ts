/** Claim-file mutants: a declared mutant replaces expression fields of the shape while the conformance run applies it. */
import { mutated } from '../core/mutant.js';
import type { CheckContext, Claim, ClaimMutant } from '../core/theorem.js';
import type { FileMutant, MutableField } from './types.js';

/** The fields a check reads, with those of the mutant this run applies (if any) replaced. */
export type Fields = <F extends Partial<Record<MutableField, string>>>(
  claim: Claim,
  ctx: Pick<CheckContext, 'input'>,
  base: F,
) => F;

export function fieldsOf(mutants: readonly FileMutant[]): Fields {
  return (claim, ctx, base) => {
    let out = base;
    for (const m of mutants)
      if (mutated(claim, ctx, m.name)) {
        const patch = Object.fromEntries(Object.entries(m.set).filter(([k]) => k in base));
        out = { ...out, ...patch };
      }
    return out;
  };
}

/** The claim's mutant table: each file mutant targets every check of the file. */
export function claimMutants(mutants: readonly FileMutant[], checks: readonly string[]): Record<string, ClaimMutant> {
  return Object.fromEntries(mutants.map((m) => [m.name, { description: m.description, checks }]));
}
