/** Claim mutants, as the checks consult them: `mutated(ctx, 'name')` is true only while the conformance suite applies that mutant. */
import { InternalError } from './errors.js';
import type { CheckContext, Claim } from './theorem.js';

/** Whether this run applies mutant `name` of `claim`; a name the claim does not declare is a defect of the module. */
export function mutated(claim: Claim, ctx: Pick<CheckContext, 'input'>, name: string): boolean {
  if (!claim.mutants?.[name])
    throw new InternalError(`claim ${claim.id}: check ${ctx.input.check} consults undeclared mutant "${name}"`);
  return ctx.input.mutant === name;
}
