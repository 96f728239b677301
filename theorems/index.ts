/** The registered theorem modules, loaded from the registry (theorems/registry.ts), and the explore commands. */
import { InternalError } from '../src/core/errors.js';
import type { ExploreCommand } from '../src/core/explore.js';
import type { TheoremModule } from '../src/core/theorem.js';
import { exploreAdamFlow } from './adam-flow-expansion/explore.js';
import { exploreMaxUpdate } from './max-update-bound/explore.js';
import { exploreDegenerate } from './fixed-point-spectral-radius/explore.js';
import { registry } from './registry.js';
export { paperRegistry } from './papers/registry.js';

async function loadModules(): Promise<readonly TheoremModule[]> {
  const mods = await Promise.all(registry.map(async (e) => (await e.load()).default));
  mods.forEach((m, i) => {
    if (m.claim !== registry[i].claim)
      throw new InternalError(`theorem registry: entry ${registry[i].claim.id} loads module ${m.claim.id}`);
  });
  return mods;
}

export const theorems: readonly TheoremModule[] = await loadModules();

export const explorers: readonly ExploreCommand[] = [exploreAdamFlow, exploreMaxUpdate, exploreDegenerate];
