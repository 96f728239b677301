/**
 * The claims of the registered theorems without their check code: all `verify list` needs, so it
 * loads in milliseconds instead of loading mathjs and tfjs. Same modules, same order as
 * theorems/index.ts (test/cli/claims.test.ts keeps the two equal).
 */
import type { Claim } from '../core/theorem.js';
import { checkClaimPapers } from '../../theorems/papers/registry.js';
import { adamFlowClaim } from '../../theorems/adam-flow-expansion/claim.js';
import { fixedPointClaim } from '../../theorems/fixed-point-spectral-radius/claim.js';
import { iffTauClaim } from '../../theorems/iff-tau-invariance/claim.js';
import { maxUpdateClaim } from '../../theorems/max-update-bound/claim.js';
import { metaAdaptiveClaim } from '../../theorems/meta-adaptive-norm-ode/claim.js';
import { rmspropRateClaim } from '../../theorems/rmsprop-linear-rate/claim.js';

/** Checked when loaded: every claim's paper is registered (theorems/papers/). */
export const claims: readonly Claim[] = checkClaimPapers([
  adamFlowClaim,
  iffTauClaim,
  maxUpdateClaim,
  metaAdaptiveClaim,
  fixedPointClaim,
  rmspropRateClaim,
]);
