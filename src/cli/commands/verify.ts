/** `verify list | theorem | paper | all`: the run commands. The registry and the runner load only when a command runs. */
import { resolvePaper, resolveTheoremId } from '../../registry/resolve.js';
import { checkClaimPapers, paperKeys } from '../../../theorems/papers/registry.js';
import { claims } from '../claims.js';
import type { CliCommand } from '../command.js';
import { runFlagSpec } from '../options.js';
import { listCommand } from './list.js';

/** Help strings name the registered papers and a real label; nothing here names a paper key. */
const keys = (): string => paperKeys().join(' | ');
const firstKey = (): string => paperKeys()[0] ?? 'KEY';
const qualified = (): string =>
  claims[0] ? `${claims[0].paper}:${claims[0].labels[0] ?? claims[0].id}` : 'paper:label';

/** What a run command needs, loaded when it runs: the registry and the runner. */
async function load() {
  const [{ theorems }, { runSelection }] = await Promise.all([
    import('../../../theorems/index.js'),
    import('./run-selection.js'),
  ]);
  checkClaimPapers(theorems.map((m) => m.claim)); // a claim's paper must be registered (theorems/papers/)
  return { theorems, runSelection };
}

export const listCliCommand: CliCommand = {
  command: 'list',
  describe: 'list the registered theorems',
  builder: (y) =>
    y
      .option('paper', { type: 'string', describe: `only this paper: ${keys()}` })
      .option('json', { type: 'boolean' })
      .example(`$0 list --paper ${firstKey()}`, ''),
  handler: (a, io) => listCommand(a as { paper?: string; json?: boolean }, io),
};

export const theoremCliCommand: CliCommand = {
  command: 'theorem <ids..>',
  describe: 'verify theorems by label, slug or paper:label',
  builder: (y) =>
    y
      .positional('ids', {
        type: 'string',
        array: true,
        describe: `e.g. corollary-3.6, iff-tau-invariance, ${qualified()}; a label of the coverage map without a module says why (verify coverage)`,
      })
      .options(runFlagSpec)
      .example('$0 theorem corollary-3.6', 'all layers of the iff τ1 = τ2 module')
      .example('$0 theorem theorem-3.3 --layer ode --json', 'only the ODE layer, as JSON'),
  async handler(a, io) {
    const { theorems, runSelection } = await load();
    return runSelection([...new Set((a.ids as string[]).map((id) => resolveTheoremId(id, theorems)))], a, io);
  },
};

export const paperCliCommand: CliCommand = {
  command: 'paper <key>',
  describe: 'verify every theorem of one paper',
  builder: (y) =>
    y
      .positional('key', { type: 'string', describe: keys() })
      .options(runFlagSpec)
      .example(`$0 paper ${paperKeys()[1] ?? firstKey()}`, ''),
  async handler(a, io) {
    const { theorems, runSelection } = await load();
    return runSelection(resolvePaper(String(a.key), theorems), a, io);
  },
};

export const allCliCommand: CliCommand = {
  command: 'all',
  describe: 'verify every registered theorem',
  builder: (y) =>
    y.options(runFlagSpec).example('$0 all --junit verify.xml', '').example('$0 all --layer symbolic --layer ode', ''),
  async handler(a, io) {
    const { theorems, runSelection } = await load();
    return runSelection(theorems, a, io);
  },
};
