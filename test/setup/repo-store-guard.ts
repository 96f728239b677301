/**
 * Global setup: the suite never writes into the repository's `.optverify/` (the default result store
 * `.optverify/checks.ndjson` and run cache `.optverify/runs`). Tests that run the CLI or the runner use
 * temporary directories or `--no-store`; this lists `.optverify/` (every path, size and mtime) before
 * the first test file and again after the last, and fails the run (exit status 1), naming each path
 * created, removed or changed, if they differ.
 *
 * The repository's `.optverify/` is shared with people running `verify` by hand in this checkout: a
 * `verify` run outside the suite that writes there while the suite runs shows up here too.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const repo = new URL('../..', import.meta.url).pathname;
export const guarded = join(repo, '.optverify');

/** path (relative to `dir`) → "size mtime" for every file and directory under `dir`; empty if `dir` does not exist. */
export function listing(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p, { throwIfNoEntry: false });
      if (!s) continue;
      out.set(relative(dir, p) + (s.isDirectory() ? '/' : ''), s.isDirectory() ? 'dir' : `${s.size} ${s.mtimeMs}`);
      if (s.isDirectory()) walk(p);
    }
  };
  out.set('./', 'dir');
  walk(dir);
  return out;
}

/** What changed between two listings, one line per path. */
export function diffListings(before: Map<string, string>, after: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [p, v] of after)
    if (!before.has(p)) lines.push(`created  ${p}`);
    else if (before.get(p) !== v && v !== 'dir') lines.push(`modified ${p}`);
  for (const p of before.keys()) if (!after.has(p)) lines.push(`removed  ${p}`);
  return lines.sort();
}

export default function setup(): () => void {
  const before = listing(guarded);
  return () => {
    const changes = diffListings(before, listing(guarded));
    if (changes.length === 0) return;
    process.exitCode = 1; // an error thrown in a global teardown is only logged by vitest
    const msg =
      `the test suite wrote into the repository's ${relative(process.cwd(), guarded) || guarded}/ (tests must use a temporary directory or --no-store;` +
      ` or a \`verify\` run outside the suite wrote there meanwhile):\n  ${changes.join('\n  ')}`;
    console.error(`\n${msg}\n`);
    throw new Error(msg);
  };
}
