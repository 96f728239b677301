/** `verify report` — placeholder until its issue lands. */
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';

export const reportCommand: CliCommand = {
  command: 'report',
  describe: 'render the HTML/Markdown report from cached results',
  builder: (y) => y,
  handler() {
    throw new UsageError('verify report: not built yet');
  },
};
