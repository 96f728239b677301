#!/usr/bin/env node
/** The `verify` CLI: one yargs instance, one top-level catch (house style §3.4). */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { OptverifyError, UsageError } from '../core/errors.js';
import { selfVersion } from '../core/env.js';
import { explorers, theorems } from '../../theorems/index.js';
import { resolvePaper, resolveTheoremId } from '../registry/resolve.js';
import type { Io } from './io.js';
import { processIo } from './io.js';
import { listCommand } from './commands/list.js';
import { runSelection } from './commands/run-selection.js';
import { runFlagSpec } from './options.js';

/** Run the CLI in-process; resolves to the exit status (0 ok, 1 failures, 2 usage). */
export async function main(args: readonly string[], io: Io = processIo()): Promise<number> {
  let exit = 0;
  const debug = args.includes('--debug');
  const cli = yargs([...args])
    .scriptName('verify')
    .usage('$0 <command> [options]\n\nVerify the theorems of ML optimization papers: symbolic, ODE and empirical layers.')
    .option('debug', { type: 'boolean', describe: 'print stack traces' })
    .command(
      'list',
      'list the registered theorems',
      (y) => y.option('paper', { type: 'string', describe: 'only this paper: gsi | ctadam | degenerate' }).option('json', { type: 'boolean' }).example('$0 list --paper gsi', ''),
      (a) => {
        exit = listCommand(theorems, a, io);
      },
    )
    .command(
      'theorem <ids..>',
      'verify theorems by label, slug or paper:label',
      (y) =>
        y
          .positional('ids', { type: 'string', array: true, describe: 'e.g. corollary-3.6, iff-tau-invariance, gsi:theorem-3.3' })
          .options(runFlagSpec)
          .example('$0 theorem corollary-3.6', 'all layers of the iff τ1 = τ2 module')
          .example('$0 theorem theorem-3.3 --layer ode --json', 'only the ODE layer, as JSON'),
      async (a) => {
        const mods = [...new Set((a.ids as string[]).map((id) => resolveTheoremId(id, theorems)))];
        exit = await runSelection(mods, a, io);
      },
    )
    .command(
      'paper <key>',
      'verify every theorem of one paper',
      (y) => y.positional('key', { type: 'string', describe: 'gsi | ctadam | degenerate' }).options(runFlagSpec).example('$0 paper gsi', ''),
      async (a) => {
        exit = await runSelection(resolvePaper(String(a.key), theorems), a, io);
      },
    )
    .command(
      'all',
      'verify every registered theorem',
      (y) => y.options(runFlagSpec).example('$0 all --junit verify.xml', '').example('$0 all --layer symbolic --layer ode', ''),
      async (a) => {
        exit = await runSelection(theorems, a, io);
      },
    )
    .command('explore <topic>', 'compute a claim\'s quantities for your own parameters', (y) => {
      let yy = y.positional('topic', { type: 'string', describe: explorers.map((e) => e.name).join(' | ') });
      for (const e of explorers) {
        yy = yy.command(
          e.name,
          e.describe,
          (z) => {
            let zz = z.option('json', { type: 'boolean', describe: 'print JSON' });
            for (const [k, o] of Object.entries(e.options)) zz = zz.option(k, { ...o, type: o.type === 'number' ? 'string' : o.type });
            for (const ex of e.examples) zz = zz.example(ex, '');
            return zz;
          },
          async (a) => {
            const r = await e.run(a as Record<string, unknown>);
            io.out(a.json ? JSON.stringify(r.json, null, 2) : r.text);
            exit = 0;
          },
        );
      }
      return yy.demandCommand(1, `explore: name a topic: ${explorers.map((e) => e.name).join(', ')}`);
    })
    .demandCommand(1, 'name a command: list, theorem, paper, all, explore')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(selfVersion())
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg ?? 'invalid usage');
    })
    .exitProcess(false);
  try {
    let help = '';
    await cli.parseAsync([...args], {}, (_e, _argv, output) => {
      help = output;
    });
    if (help) io.out(help);
    return exit;
  } catch (err) {
    const e = err instanceof OptverifyError ? err : null;
    io.err(`verify: ${e ? e.message : (err as Error).message ?? String(err)}`);
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    return e ? e.exitCode : 1;
  }
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
