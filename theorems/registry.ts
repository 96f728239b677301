/**
 * The theorem registry: one entry per module — its claim (data, loaded at once) and how to load its checks.
 * `verify list`, `--help` and id resolution read the claims without loading any check code, mathjs or tfjs;
 * theorems/index.ts loads the modules. A new module is its claim import plus one entry here.
 */
import type { Claim, TheoremModule } from '../src/core/theorem.js';
import { checkClaimPapers } from './papers/registry.js';
import { adamFlowClaim } from './adam-flow-expansion/claim.js';
import { secretSauceClaim } from './adam-secret-sauce/claim.js';
import { fixedPointClaim } from './fixed-point-spectral-radius/claim.js';
import { iffTauClaim } from './iff-tau-invariance/claim.js';
import { maxUpdateClaim } from './max-update-bound/claim.js';
import { metaAdaptiveClaim } from './meta-adaptive-norm-ode/claim.js';
import { rmspropRateClaim } from './rmsprop-linear-rate/claim.js';

export interface RegistryEntry {
  readonly claim: Claim;
  readonly load: () => Promise<{ readonly default: TheoremModule }>;
}

export const registry: readonly RegistryEntry[] = [
  { claim: adamFlowClaim, load: () => import('./adam-flow-expansion/index.js') },
  { claim: iffTauClaim, load: () => import('./iff-tau-invariance/index.js') },
  { claim: maxUpdateClaim, load: () => import('./max-update-bound/index.js') },
  { claim: metaAdaptiveClaim, load: () => import('./meta-adaptive-norm-ode/index.js') },
  { claim: fixedPointClaim, load: () => import('./fixed-point-spectral-radius/index.js') },
  { claim: rmspropRateClaim, load: () => import('./rmsprop-linear-rate/index.js') },
  { claim: secretSauceClaim, load: () => import('./adam-secret-sauce/index.js') },
];

/** The registered claims, in registry order; checked when loaded: every claim's paper is registered (theorems/papers/). */
export const registeredClaims: readonly Claim[] = checkClaimPapers(registry.map((e) => e.claim));
