#!/usr/bin/env node
/** The `verify` CLI: one yargs instance, one top-level catch (house style §3.4). */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { OptverifyError, UsageError } from '../core/errors.js';
import { selfVersion } from '../core/env.js';
import type { CliCommand } from './command.js';
import type { Io } from './io.js';
import { exitQuietlyOnEpipe, processIo } from './io.js';
import { validateEnv } from './options.js';
import { baselineCommand } from './commands/baseline.js';
import { claimCliCommand } from './commands/claim.js';
import { coverageCliCommand } from './commands/coverage.js';
import { exploreCliCommand } from './commands/explore.js';
import { falsifyCliCommand } from './commands/falsify.js';
import { reportCommand } from './commands/report.js';
import { resultsCommand } from './commands/results.js';
import { allCliCommand, listCliCommand, paperCliCommand, theoremCliCommand } from './commands/verify.js';

/** The command registry: one line per command. */
export const commands: readonly CliCommand[] = [
  listCliCommand,
  theoremCliCommand,
  paperCliCommand,
  allCliCommand,
  exploreCliCommand,
  reportCommand,
  baselineCommand,
  resultsCommand,
  coverageCliCommand,
  falsifyCliCommand,
  claimCliCommand,
];

/** A flag given without a value (`--seed`, `--junit`, `--paper ""`) is refused, never defaulted. */
function rejectBareFlags(c: CliCommand, a: Record<string, unknown>): void {
  const positionals = new Set([...c.command.matchAll(/[<[]([\w-]+)(?:\.\.)?[>\]]/g)].map((m) => m[1]));
  for (const [k, v] of Object.entries(a)) {
    if (k === '_' || k === '$0' || positionals.has(k) || /[A-Z]/.test(k)) continue;
    if (v === '' || (Array.isArray(v) && (v.length === 0 || v.includes(''))))
      throw new UsageError(`--${k}: expected a value`);
  }
}

/** Run the CLI in-process; resolves to the exit status (0 ok, 1 failures, 2 usage). */
export async function main(args: readonly string[], io: Io = processIo()): Promise<number> {
  let exit = 0;
  const debug = args.includes('--debug');
  // a command loads what its flags need (explore: the topics) only when it is the one named
  const named = commands.find((c) => c.command.split(' ')[0] === args.find((x) => !x.startsWith('-')));
  await named?.prepare?.();
  const cli = yargs([...args])
    .scriptName('verify')
    .usage(
      '$0 <command> [options]\n\nVerify the theorems of ML optimization papers: symbolic, ODE and empirical layers.',
    )
    .option('debug', { type: 'boolean', describe: 'print stack traces' })
    .command(
      commands.map((c) => ({
        command: c.command,
        describe: c.describe,
        builder: c.builder,
        handler: async (a: Record<string, unknown>) => {
          rejectBareFlags(c, a);
          const env = validateEnv(io.env);
          if (!env.ok) throw new UsageError(env.errors.join('; '));
          exit = await c.handler(a, io);
        },
      })),
    )
    .demandCommand(1, `name a command: ${commands.map((c) => c.command.split(' ')[0]).join(', ')}`)
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
    io.err(`verify: ${e ? e.message : ((err as Error).message ?? String(err))}`);
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    return e ? e.exitCode : 1;
  }
}

const invokedDirectly = (() => {
  try {
    return (
      process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  exitQuietlyOnEpipe(process.stdout);
  exitQuietlyOnEpipe(process.stderr);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
