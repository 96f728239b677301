/**
 * `verify results merge DIR… [--out DIR]` combines shard result directories (same config hash = same
 * run; conflicting results → exit 1, nothing written); `verify results list [DIR]` lists cached runs.
 */
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { MergeConflictError, mergeRuns } from '../../../experiments/cache/merge.js';
import { listRuns, readRun, resultsDir } from '../../../experiments/cache/store.js';
import type { CliCommand } from '../command.js';
import type { Io } from '../io.js';
import { checkInputDir, checkOutputDir } from '../preflight.js';

function list(dir: string, io: Io): number {
  const hashes = listRuns(dir);
  for (const h of hashes) {
    const run = readRun<
      { seed?: number; task?: { kind?: string }; optimizer?: { kind?: string } },
      { status?: string; steps?: number }
    >(dir, h);
    const c = run?.config;
    io.out(
      `${h.slice(0, 12)}  ${c?.task?.kind ?? '?'}  ${c?.optimizer?.kind ?? '?'}  seed ${c?.seed ?? '?'}  ${run?.result?.status ?? '?'} ${run?.result?.steps ?? '?'} steps  ${run?.provenance.backend ?? '?'}  ${run?.provenance.wall_s.toFixed(1) ?? '?'} s`,
    );
  }
  io.out(`${hashes.length} run(s) in ${dir}`);
  return 0;
}

export const resultsCommand: CliCommand = {
  command: 'results <action> [dirs..]',
  describe: 'manage cached training runs: merge shard directories, list runs',
  builder: (y) =>
    y
      .positional('action', {
        choices: ['merge', 'list'] as const,
        describe: 'merge: combine DIR… into --out; list: show the runs of DIR (default: the results dir)',
      })
      .positional('dirs', { type: 'string', array: true, describe: 'result directories (shards)' })
      .option('out', { type: 'string', describe: 'merge target (default: $OPTVERIFY_RESULTS_DIR or .optverify/runs)' }),
  handler(argv, io) {
    const dirs = ((argv.dirs as string[] | undefined) ?? []).map((d) => resolve(io.cwd, d));
    if (argv.action === 'list') {
      if (dirs.length > 1) throw new UsageError(`verify results list takes at most one DIR, got ${dirs.length}`);
      if (dirs[0] !== undefined) checkInputDir('results list DIR', dirs[0]);
      return list(dirs[0] ?? resultsDir(undefined, io.env, io.cwd), io);
    }
    if (argv.action !== 'merge')
      throw new UsageError(`verify results: action must be merge or list, got "${String(argv.action)}"`);
    if (dirs.length === 0)
      throw new UsageError('verify results merge needs at least one DIR (the shard result directories)');
    for (const d of dirs) checkInputDir('results merge DIR', d);
    const out = typeof argv.out === 'string' ? resolve(io.cwd, argv.out) : resultsDir(undefined, io.env, io.cwd);
    checkOutputDir(
      typeof argv.out === 'string'
        ? '--out'
        : io.env.OPTVERIFY_RESULTS_DIR !== undefined
          ? 'OPTVERIFY_RESULTS_DIR'
          : '--out',
      out,
    );
    try {
      const s = mergeRuns(dirs, out);
      for (const line of s.dropped) io.err(`verify: ${line}`);
      io.out(
        `merged ${s.runs} run(s) into ${out}: ${s.written} written, ${s.duplicates} identical duplicate(s)${s.dropped.length ? `, ${s.dropped.length} invalid file(s) not merged` : ''}`,
      );
      return 0;
    } catch (err) {
      if (!(err instanceof MergeConflictError)) throw err;
      io.err(`verify results merge: ${err.message}; nothing written`);
      return 1;
    }
  },
};
