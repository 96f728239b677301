/** `verify claim FILE…`: run claim files (schema/claim.schema.json) with the runner, judge and reporters of `verify theorem`. */
import type { CliCommand } from '../command.js';
import { runFlagSpec } from '../options.js';

export const claimCliCommand: CliCommand = {
  command: 'claim <files..>',
  describe: 'verify claim files (YAML or JSON: an identity, the order of a remainder, or a bound)',
  builder: (y) =>
    y
      .positional('files', {
        type: 'string',
        array: true,
        describe: 'claim files, validated against schema/claim.schema.json',
      })
      .options(runFlagSpec)
      .example('$0 claim claims/orvieto-gower-prop1.yaml', 'CAS + random points of prop. 1 of Orvieto & Gower (2025)')
      .example('$0 claim claims/*.yaml --json --no-store', 'every example file, as JSON'),
  async handler(a, io) {
    const [{ loadClaimFiles }, { runSelection }] = await Promise.all([
      import('../../claimfile/index.js'),
      import('./run-selection.js'),
    ]);
    return runSelection(loadClaimFiles((a.files as string[]).map(String), io.cwd), a, io);
  },
};
