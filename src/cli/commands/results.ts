/** `verify results <action>` — placeholder until its issue lands. */
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';

export const resultsCommand: CliCommand = {
  command: 'results <action>',
  describe: 'manage cached training runs (merge shards)',
  builder: (y) => y,
  handler() {
    throw new UsageError('verify results: not built yet');
  },
};
