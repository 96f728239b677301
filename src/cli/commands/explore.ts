/** `verify explore <topic>`: the explore commands contributed by theorem folders. */
import type { ExploreCommand, ExploreOutput } from '../../core/explore.js';
import { OptverifyError, UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';

/** The topics, loaded by `prepare` (with the theorem registry) only when `explore` is the command. */
let explorers: readonly ExploreCommand[] = [];

/** A computation that produced nothing to show (the ODE solver stopped): exit 1, one line. */
export class ExploreFailed extends OptverifyError {
  override readonly code = 'E_EXPLORE';
}

/** An explorer that reports a solver `status` other than success has no numbers worth printing. */
function assertComputed(topic: string, r: ExploreOutput): void {
  const status = r.json.status;
  if (typeof status !== 'string' || status === 'success') return;
  const nfev = typeof r.json.nfev === 'number' ? ` after ${r.json.nfev} rhs evaluations` : '';
  throw new ExploreFailed(
    `explore ${topic}: the integration failed (${status}${nfev}); no values to show — try milder parameters`,
  );
}

export const exploreCliCommand: CliCommand = {
  command: 'explore <topic>',
  describe: "compute a claim's quantities for your own parameters",
  async prepare() {
    explorers = (await import('../../../theorems/index.js')).explorers;
  },
  builder: (y) => {
    // every topic's flags are declared (yargs is strict); a flag of another topic is refused in the handler
    let yy = y;
    for (const e of explorers) {
      for (const [k, o] of Object.entries(e.options)) {
        yy = yy.option(k, {
          describe: `[${e.name}] ${o.describe}`,
          type: o.type === 'boolean' ? 'boolean' : 'string',
          array: o.array,
        });
      }
    }
    return yy
      .positional('topic', { type: 'string', describe: explorers.map((e) => e.name).join(' | ') })
      .option('json', { type: 'boolean', describe: 'print JSON' })
      .example('$0 explore adam-flow --tau1 1 --tau2 2 --eps 0.01', '')
      .example('$0 explore max-update --beta 0.999 --gamma 0.9 --n 10 1000', '')
      .example('$0 explore degenerate --k 4 --beta1 0.9 --beta2 0.93', '');
  },
  async handler(a, io) {
    const topic = String(a.topic);
    const e = explorers.find((x) => x.name === topic);
    if (!e)
      throw new UsageError(`explore: unknown topic "${topic}"; topics: ${explorers.map((x) => x.name).join(', ')}`);
    const known = new Set(['_', '$0', 'topic', 'json', 'debug', 'help', 'version', 'h', ...Object.keys(e.options)]);
    const unknown = Object.keys(a).filter(
      (k) => !known.has(k) && a[k] !== undefined && !k.includes('-') && !/[A-Z]/.test(k),
    );
    if (unknown.length)
      throw new UsageError(
        `explore ${topic}: unknown option --${unknown[0]}; options: ${Object.keys(e.options)
          .map((k) => `--${k}`)
          .join(', ')}`,
      );
    const args: Record<string, unknown> = { ...a };
    for (const [k, o] of Object.entries(e.options))
      if (args[k] === undefined && o.default !== undefined) args[k] = o.default;
    const r = await e.run(args);
    assertComputed(topic, r);
    io.out(a.json ? JSON.stringify(r.json, null, 2) : r.text);
    return 0;
  },
};
