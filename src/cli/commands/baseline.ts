/** `verify baseline <action>` — placeholder until its issue lands. */
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';

export const baselineCommand: CliCommand = {
  command: 'baseline <action>',
  describe: 'save or check regression baselines',
  builder: (y) => y,
  handler() {
    throw new UsageError('verify baseline: not built yet');
  },
};
