/** A CLI command as data: yargs builder + handler returning the exit status (registry in main.ts). */
import type { Argv } from 'yargs';
import type { Io } from './io.js';

export interface CliCommand {
  readonly command: string;
  readonly describe: string;
  /** Load what `builder` needs; awaited only when this command is named, so `--help` and other commands stay fast. */
  prepare?(): Promise<void>;
  builder(y: Argv): Argv;
  handler(argv: Record<string, unknown>, io: Io): Promise<number> | number;
}
