/** `verify explore <topic>`: the explore commands contributed by theorem folders. */
import { explorers } from '../../../theorems/index.js';
import type { CliCommand } from '../command.js';

export const exploreCliCommand: CliCommand = {
  command: 'explore <topic>',
  describe: "compute a claim's quantities for your own parameters",
  builder: (y) => {
    // every topic's flags are declared (yargs is strict); a flag of another topic is refused in the handler
    let yy = y;
    for (const e of explorers) {
      for (const [k, o] of Object.entries(e.options)) {
        yy = yy.option(k, { describe: `[${e.name}] ${o.describe}`, type: o.type === 'boolean' ? 'boolean' : 'string', array: o.array });
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
    if (!e) {
      const { UsageError } = await import('../../core/errors.js');
      throw new UsageError(`explore: unknown topic "${topic}"; topics: ${explorers.map((x) => x.name).join(', ')}`);
    }
    const known = new Set(['_', '$0', 'topic', 'json', 'debug', 'help', 'version', 'h', ...Object.keys(e.options)]);
    const unknown = Object.keys(a).filter((k) => !known.has(k) && a[k] !== undefined && !k.includes('-') && !/[A-Z]/.test(k));
    if (unknown.length) {
      const { UsageError } = await import('../../core/errors.js');
      throw new UsageError(`explore ${topic}: unknown option --${unknown[0]}; options: ${Object.keys(e.options).map((k) => `--${k}`).join(', ')}`);
    }
    const args: Record<string, unknown> = { ...a };
    for (const [k, o] of Object.entries(e.options)) if (args[k] === undefined && o.default !== undefined) args[k] = o.default;
    const r = await e.run(args);
    io.out(a.json ? JSON.stringify(r.json, null, 2) : r.text);
    return 0;
  },
};
