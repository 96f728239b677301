/** `defineTheorem`: load-time validation that a claim and its checks match (house style §3.2 inv. 4). */
import { InternalError } from './errors.js';
import type { FalsifyTarget } from './falsify.js';
import type { Check, Claim, TheoremModule } from './theorem.js';

const checkName = /^[a-z][a-z0-9_]*(_[A-Za-z0-9]+)*$/;
const slug = /^[a-z][a-z0-9-]*$/;

/** `entry`: the module's `import.meta.url`, whose import closure fingerprints its code; `falsify`: its `verify falsify` targets. */
export function defineTheorem(
  claim: Claim,
  checks: readonly Check[],
  entry?: string,
  falsify?: readonly FalsifyTarget[],
): TheoremModule {
  const problems: string[] = [];
  if (!slug.test(claim.id)) problems.push(`id "${claim.id}" is not a kebab-case slug`);
  const names = new Set<string>();
  for (const c of checks) {
    if (!checkName.test(c.name)) problems.push(`check name "${c.name}" is not snake_case`);
    if (names.has(c.name)) problems.push(`check "${c.name}" is defined twice`);
    names.add(c.name);
    if (!(c.name in claim.expectations)) problems.push(`check "${c.name}" has no expectation`);
    if (c.experiment !== undefined && !claim.experiments?.[c.experiment])
      problems.push(`check "${c.name}" reads experiment "${c.experiment}", which the claim does not declare`);
  }
  for (const e of Object.keys(claim.expectations)) {
    if (!names.has(e)) problems.push(`expectation "${e}" has no check`);
  }
  for (const t of falsify ?? [])
    if (!t.id.startsWith(`${claim.id}/`)) problems.push(`falsify target "${t.id}" is not named ${claim.id}/…`);
  if (problems.length > 0) throw new InternalError(`theorem ${claim.id}: ${problems.join('; ')}`);
  return falsify ? { claim, checks, entry, falsify } : { claim, checks, entry };
}
