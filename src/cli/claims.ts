/**
 * The claims of the registered theorems without their check code: all `verify list` needs, so it
 * loads in milliseconds instead of loading mathjs and tfjs. Read from the one registry
 * (theorems/registry.ts), so a new module is never listed here by hand.
 */
import type { Claim } from '../core/theorem.js';
import { registeredClaims } from '../../theorems/registry.js';

/** Checked when loaded: every claim's paper is registered (theorems/papers/). */
export const claims: readonly Claim[] = registeredClaims;
