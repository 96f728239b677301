// Placeholder until its issue lands: `verify explore degenerate`.
import { UsageError } from '../../src/core/errors.js';
import type { ExploreCommand } from '../../src/core/explore.js';

export const exploreDegenerate: ExploreCommand = {
  name: 'degenerate',
  describe: 'not built yet',
  options: {},
  examples: [],
  run() {
    throw new UsageError('explore degenerate: not built yet');
  },
};
