/** Typed reads of a claim's settings; a missing or mistyped key is a defect of the module, never a silent NaN. */
import { InternalError } from './errors.js';
import type { Claim } from './theorem.js';

/** The number under `key` in the claim's settings. */
export function num(c: Claim, key: string): number {
  const v = c.settings[key];
  if (typeof v !== 'number')
    throw new InternalError(`claim ${c.id}: setting "${key}" is ${v === undefined ? 'not declared' : 'not a number'}`);
  return v;
}

/** The number list under `key` in the claim's settings. */
export function list(c: Claim, key: string): readonly number[] {
  const v = c.settings[key];
  if (!Array.isArray(v))
    throw new InternalError(`claim ${c.id}: setting "${key}" is ${v === undefined ? 'not declared' : 'not a list'}`);
  return v as readonly number[];
}
