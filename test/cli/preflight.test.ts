/** Output paths are checked before any work: exit 2, one line naming the flag, nothing run, nothing written. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineCommandBody } from '../../src/cli/commands/baseline.js';
import { runSelection } from '../../src/cli/commands/run-selection.js';
import { main } from '../../src/cli/main.js';
import { defineTheorem } from '../../src/core/define.js';
import { UsageError } from '../../src/core/errors.js';
import { fakeIo } from '../helpers/fake-io.js';

/** A temp cwd holding a regular file `afile` and a directory `adir`. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ov-pre-'));
  writeFileSync(join(dir, 'afile'), 'a file');
  mkdirSync(join(dir, 'adir'));
  return dir;
}

let ran = 0;
const counted = defineTheorem(
  {
    id: 'counted',
    paper: 'gsi',
    labels: ['test-only'],
    title: 'a training-layer check that counts its runs',
    statement: { text: '', latex: '' },
    hypotheses: [],
    settings: {},
    expectations: { counted_run: { expected: 0, tolerance: { kind: 'abs', atol: 1 }, source: 'test' } },
  },
  [
    {
      name: 'counted_run',
      layer: 'empirical',
      run: () => {
        ran += 1;
        return { measured: 0, method: 'count', work: 1 };
      },
    },
  ],
);

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  return err as UsageError;
}

describe('output paths, checked before the first check', () => {
  it('should refuse bad --junit, --store and --results-dir paths with exit 2 and one line naming the flag', async () => {
    for (const [flags, pattern] of [
      [['--junit', 'no/dir/x.xml'], /^verify: --junit: no such directory .*no\/dir$/],
      [['--junit', 'adir'], /^verify: --junit: .*adir is a directory; name a file$/],
      [['--junit', 'afile/x.xml'], /^verify: --junit: .*afile is not a directory$/],
      [['--store', 'adir'], /^verify: --store: .*adir is a directory; name a file$/],
      [['--store', 'afile/checks.ndjson'], /^verify: --store: .*afile is a file, not a directory$/],
      [['--results-dir', 'afile'], /^verify: --results-dir: .*afile is a file, not a directory$/],
    ] as const) {
      const dir = sandbox();
      const io = { ...fakeIo(), cwd: dir };
      expect(await main(['theorem', 'corollary-3.6', '--layer', 'symbolic', ...flags], io), flags.join(' ')).toBe(2);
      expect(io.stderr, flags.join(' ')).toHaveLength(1);
      expect(io.stderr[0]).toMatch(pattern);
      expect(io.stdout).toEqual([]);
      expect(readdirSync(dir).sort()).toEqual(['adir', 'afile']);
    }
  });
  it('should refuse OPTVERIFY_RESULTS_DIR naming a regular file, naming the variable', async () => {
    const dir = sandbox();
    const io = { ...fakeIo(), cwd: dir, env: { OPTVERIFY_RESULTS_DIR: join(dir, 'afile') } };
    expect(await main(['theorem', 'corollary-3.6', '--no-store'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/^verify: OPTVERIFY_RESULTS_DIR: .*afile is a file, not a directory$/);
  });
  it('should train nothing when --results-dir is a regular file', async () => {
    const dir = sandbox();
    ran = 0;
    const err = await usageError(
      runSelection([counted], { 'results-dir': 'afile', store: false }, { ...fakeIo(), cwd: dir }),
    );
    expect(err.message).toMatch(/^--results-dir: .*afile is a file, not a directory$/);
    expect(err.exitCode).toBe(2);
    expect(ran).toBe(0);
  });
  it('should refuse `baseline save DIR` before rerunning anything', async () => {
    const dir = sandbox();
    ran = 0;
    const err = await usageError(
      baselineCommandBody(
        [counted],
        { action: 'save', file: 'adir', selection: [], store: false },
        { ...fakeIo(), cwd: dir },
      ),
    );
    expect(err.message).toMatch(/^baseline save FILE: .*adir is a directory; name a file$/);
    expect(ran).toBe(0);
    const err2 = await usageError(
      baselineCommandBody(
        [counted],
        { action: 'save', file: 'no/dir/base.json', selection: [], store: false },
        { ...fakeIo(), cwd: dir },
      ),
    );
    expect(err2.message).toMatch(/no such directory/);
    expect(ran).toBe(0);
  });
  it('should refuse a baseline rerun whose store is a directory before the first check', async () => {
    const dir = sandbox();
    ran = 0;
    await usageError(
      baselineCommandBody(
        [counted],
        { action: 'save', file: 'base.json', selection: [], store: 'adir' },
        { ...fakeIo(), cwd: dir },
      ),
    );
    expect(ran).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['adir', 'afile']);
  });
});

describe('verify report with a missing store', () => {
  it('should exit 2 and leave report.html as it was', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'report.html'), 'the previous report');
    const io = { ...fakeIo(), cwd: dir };
    expect(await main(['report', '--store', 'missing/path'], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^verify: --store: no such file .*missing\/path/);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('the previous report');
  });
  it('should refuse --out naming a directory before rendering', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'store.ndjson'), '');
    const io = { ...fakeIo(), cwd: dir };
    expect(await main(['report', '--store', 'store.ndjson', '--out', 'adir'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^verify: --out: .*adir is a directory; name a file$/);
  });
});

describe('verify results with missing directories', () => {
  it('should refuse a missing merge input with exit 2, naming it, and write nothing', async () => {
    const dir = sandbox();
    const io = { ...fakeIo(), cwd: dir };
    expect(await main(['results', 'merge', 'runs-typo', '--out', 'merged'], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/^verify: results merge DIR: no such directory .*runs-typo$/)]);
    expect(io.stdout).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['adir', 'afile']);
  });
  it('should refuse a merge --out that is a regular file, and a missing `results list DIR`', async () => {
    const dir = sandbox();
    const io = { ...fakeIo(), cwd: dir };
    expect(await main(['results', 'merge', 'adir', '--out', 'afile'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^verify: --out: .*afile is a file, not a directory$/);
    const io2 = { ...fakeIo(), cwd: dir };
    expect(await main(['results', 'list', 'nope'], io2)).toBe(2);
    expect(io2.stderr[0]).toMatch(/^verify: results list DIR: no such directory/);
  });
});
