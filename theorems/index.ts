/** The registry: one line per theorem module, one per explore command. */
import type { ExploreCommand } from '../src/core/explore.js';
import type { TheoremModule } from '../src/core/theorem.js';
import adamFlowExpansion from './adam-flow-expansion/index.js';
import fixedPointSpectralRadius from './fixed-point-spectral-radius/index.js';
import iffTauInvariance from './iff-tau-invariance/index.js';
import maxUpdateBound from './max-update-bound/index.js';
import metaAdaptiveNormOde from './meta-adaptive-norm-ode/index.js';
import rmspropLinearRate from './rmsprop-linear-rate/index.js';
import { exploreAdamFlow } from './adam-flow-expansion/explore.js';
import { exploreMaxUpdate } from './max-update-bound/explore.js';
import { exploreDegenerate } from './fixed-point-spectral-radius/explore.js';
export { paperRegistry } from './papers/registry.js';

export const theorems: readonly TheoremModule[] = [
  adamFlowExpansion,
  iffTauInvariance,
  maxUpdateBound,
  metaAdaptiveNormOde,
  fixedPointSpectralRadius,
  rmspropLinearRate,
];

export const explorers: readonly ExploreCommand[] = [exploreAdamFlow, exploreMaxUpdate, exploreDegenerate];
