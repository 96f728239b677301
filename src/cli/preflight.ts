/**
 * Output paths checked before any work, so a bad path costs nothing: each check throws a UsageError
 * (exit 2) naming the flag. "Writable" is probed by writing a byte, the only test a read-only mount,
 * a full disk or root's bypassed mode bits all answer truthfully.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { resultsDir } from '../../experiments/cache/store.js';
import { UsageError } from '../core/errors.js';
import type { Layer, TheoremModule } from '../core/theorem.js';
import type { Io } from './io.js';
import type { RunFlags } from './options.js';

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

function probeDir(flag: string, dir: string): void {
  const probe = join(dir, `.optverify-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const fd = openSync(probe, 'wx');
    try {
      writeSync(fd, 'x');
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new UsageError(
      `${flag}: cannot write in ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  } finally {
    rmSync(probe, { force: true });
  }
}

/** The nearest existing ancestor of `path` (a directory that will be created under), probed writable. */
function probeNearestAncestor(flag: string, path: string): void {
  let dir = dirname(path);
  for (let s = statOf(dir); !s; s = statOf(dir)) dir = dirname(dir);
  if (!statOf(dir)!.isDirectory()) throw new UsageError(`${flag}: ${dir} is a file, not a directory`);
  probeDir(flag, dir);
}

/** A file written whole (--junit, --out, a baseline): its directory exists and is writable; it is not a directory. */
export function checkOutputFile(flag: string, path: string): void {
  if (statOf(path)?.isDirectory()) throw new UsageError(`${flag}: ${path} is a directory; name a file`);
  const parent = statOf(dirname(path));
  if (!parent) throw new UsageError(`${flag}: no such directory ${dirname(path)}`);
  if (!parent.isDirectory()) throw new UsageError(`${flag}: ${dirname(path)} is not a directory`);
  probeDir(flag, dirname(path));
}

/** A file appended to (the result store): not a directory; created with its directories where absent. */
export function checkAppendFile(flag: string, path: string): void {
  const s = statOf(path);
  if (s?.isDirectory()) throw new UsageError(`${flag}: ${path} is a directory; name a file`);
  if (s) {
    try {
      closeSync(openSync(path, 'a'));
    } catch (err) {
      throw new UsageError(
        `${flag}: cannot append to ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      );
    }
  }
  probeNearestAncestor(flag, path);
}

/** A directory written into (--results-dir, merge --out): not a regular file; created where absent. */
export function checkOutputDir(flag: string, path: string): void {
  const s = statOf(path);
  if (s && !s.isDirectory()) throw new UsageError(`${flag}: ${path} is a file, not a directory`);
  if (s) probeDir(flag, path);
  else probeNearestAncestor(flag, path);
}

/** A directory read from (merge inputs): it exists and is a directory. */
export function checkInputDir(what: string, path: string): void {
  const s = statOf(path);
  if (!s) throw new UsageError(`${what}: no such directory ${path}`);
  if (!s.isDirectory()) throw new UsageError(`${what}: ${path} is not a directory`);
}

/** A file read from (the result store of `verify report`): it exists and is a regular file. */
export function checkInputFile(flag: string, path: string, hint = ''): void {
  const s = statOf(path);
  if (!s) throw new UsageError(`${flag}: no such file ${path}${hint}`);
  if (!s.isFile()) throw new UsageError(`${flag}: ${path} is not a regular file`);
}

/** Where training runs are cached: --results-dir, else OPTVERIFY_RESULTS_DIR, else the default; checked when a run may train. */
export function checkResultsDir(
  mods: readonly TheoremModule[],
  layers: readonly Layer[] | undefined,
  flag: string | undefined,
  io: Io,
): void {
  const named =
    flag !== undefined
      ? '--results-dir'
      : io.env.OPTVERIFY_RESULTS_DIR !== undefined
        ? 'OPTVERIFY_RESULTS_DIR'
        : undefined;
  const trains =
    mods.some((m) => m.checks.some((c) => c.layer === 'empirical')) && (!layers || layers.includes('empirical'));
  if (named || trains) checkOutputDir(named ?? '--results-dir', resultsDir(flag, io.env, io.cwd));
}

/** Every path a run writes, checked before its first check: --junit, --store, the results directory. */
export function checkRunOutputs(mods: readonly TheoremModule[], f: RunFlags, io: Io): void {
  if (f.junit !== undefined) checkOutputFile('--junit', resolve(io.cwd, f.junit));
  if (f.store !== undefined) checkAppendFile('--store', resolve(io.cwd, f.store));
  checkResultsDir(mods, f.layers, f.training.resultsDir, io);
}
