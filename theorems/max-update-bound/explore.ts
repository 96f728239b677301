// Placeholder until its issue lands: `verify explore max-update`.
import { UsageError } from '../../src/core/errors.js';
import type { ExploreCommand } from '../../src/core/explore.js';

export const exploreMaxUpdate: ExploreCommand = {
  name: 'max-update',
  describe: 'not built yet',
  options: {},
  examples: [],
  run() {
    throw new UsageError('explore max-update: not built yet');
  },
};
