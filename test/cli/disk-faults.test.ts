/**
 * Full disks and read-only directories, simulated by a mock of node:fs: a failed write leaves the old
 * file intact and no temp file; an unwritable output is refused (exit 2) before the first check runs.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type * as realFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { baselineCommandBody } from '../../src/cli/commands/baseline.js';
import { runSelection } from '../../src/cli/commands/run-selection.js';
import { main } from '../../src/cli/main.js';
import { defineTheorem } from '../../src/core/define.js';
import { UsageError } from '../../src/core/errors.js';
import { atomicWrite } from '../../src/core/write-file.js';
import { writeRun } from '../../experiments/cache/store.js';
import { fakeIo } from '../helpers/fake-io.js';

/** What the mock does: `full` = every file write stops half-way with ENOSPC; `readOnly` = opening for writing under these dirs fails with EROFS. */
const faults = vi.hoisted(() => ({ full: false, readOnly: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const writeFileSync = (
    target: realFs.PathOrFileDescriptor,
    data: string | NodeJS.ArrayBufferView,
    opts?: realFs.WriteFileOptions,
  ) => {
    if (!faults.full) return fs.writeFileSync(target, data, opts);
    const half = String(data).slice(0, Math.floor(String(data).length / 2));
    if (typeof target === 'number') fs.writeSync(target, half);
    else fs.writeFileSync(target, half); // a plain write truncates first: the old content is gone
    throw enospc();
  };
  const openSync = (path: realFs.PathLike, flags?: realFs.OpenMode, mode?: realFs.Mode) => {
    if (/[wax+]/.test(String(flags ?? 'r')) && faults.readOnly.some((d) => String(path).startsWith(d)))
      throw Object.assign(new Error(`EROFS: read-only file system, open '${String(path)}'`), { code: 'EROFS' });
    return fs.openSync(path, flags, mode);
  };
  const appendFileSync = (
    path: realFs.PathOrFileDescriptor,
    data: string | Uint8Array,
    opts?: realFs.WriteFileOptions,
  ) => {
    if (faults.readOnly.some((d) => String(path).startsWith(d)))
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    return fs.appendFileSync(path, data, opts);
  };
  const mocked = { ...fs, writeFileSync, openSync, appendFileSync };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  faults.full = false;
  faults.readOnly = [];
});

const tmp = () => mkdtempSync(join(tmpdir(), 'ov-disk-'));
let ran = 0;
const counted = defineTheorem(
  {
    id: 'counted',
    paper: 'gsi',
    labels: ['test-only'],
    title: 'a check that counts its runs',
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

describe('a full disk during a write', () => {
  it('should leave the old file and no temp file when atomicWrite fails', () => {
    const dir = tmp();
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old');
    faults.full = true;
    expect(() => atomicWrite(file, 'new content')).toThrow(/ENOSPC/);
    faults.full = false;
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
  it('should keep the existing baseline when `baseline save` cannot write', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'base.json'), 'old baseline');
    const io = { ...fakeIo(), cwd: dir };
    const save = baselineCommandBody([counted], { action: 'save', file: 'base.json', selection: [], store: false }, io);
    faults.full = true;
    await expect(save).rejects.toThrow(/ENOSPC/);
    faults.full = false;
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toBe('old baseline');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('should keep the existing JUnit file when --junit cannot be written', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'j.xml'), 'old junit');
    const io = { ...fakeIo(), cwd: dir };
    const run = runSelection([counted], { junit: 'j.xml', store: false, json: true }, io);
    faults.full = true;
    await expect(run).rejects.toThrow(/ENOSPC/);
    faults.full = false;
    expect(readFileSync(join(dir, 'j.xml'), 'utf8')).toBe('old junit');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('should keep the existing report and exit 1 when `report --out` cannot be written', async () => {
    const dir = tmp();
    mkdirSync(join(dir, '.optverify'));
    writeFileSync(join(dir, '.optverify', 'checks.ndjson'), '');
    writeFileSync(join(dir, 'summary.md'), 'old report');
    const io = { ...fakeIo(), cwd: dir };
    faults.full = true;
    expect(await main(['report', '--paper', 'gsi', '--format', 'md', '--out', 'summary.md'], io)).toBe(1);
    faults.full = false;
    expect(io.stderr.join('\n')).toMatch(/ENOSPC/);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe('old report');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('should leave no temp file in the run cache when writeRun fails', () => {
    const dir = tmp();
    faults.full = true;
    expect(() =>
      writeRun(dir, {
        hash: 'a'.repeat(64),
        config: {},
        result: {},
        provenance: { versions: {}, backend: 'cpu', seed: 0, wall_s: 0, host: 'h', finishedAt: '' },
      } as unknown as Parameters<typeof writeRun>[1]),
    ).toThrow(/ENOSPC/);
    faults.full = false;
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an unwritable output, refused before any work', () => {
  it('should refuse a store in a read-only directory before the first check', async () => {
    const dir = tmp();
    faults.readOnly = [join(dir, 'ro')];
    mkdirSync(join(dir, 'ro'));
    ran = 0;
    const err = await runSelection([counted], { store: 'ro/checks.ndjson' }, { ...fakeIo(), cwd: dir }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toMatch(/^--store: cannot write in .*ro \(EROFS\)$/);
    expect(ran).toBe(0);
  });
  it('should refuse an existing read-only store file before the first check', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'checks.ndjson'), '');
    faults.readOnly = [join(dir, 'checks.ndjson')];
    ran = 0;
    await expect(runSelection([counted], { store: 'checks.ndjson' }, { ...fakeIo(), cwd: dir })).rejects.toThrow(
      /^--store: cannot append to .*checks\.ndjson \(EROFS\)$/,
    );
    expect(ran).toBe(0);
  });
  it('should refuse --junit and --results-dir in a read-only directory with exit 2', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'ro'));
    faults.readOnly = [join(dir, 'ro')];
    for (const [args, pattern] of [
      [
        ['theorem', 'corollary-3.6', '--layer', 'symbolic', '--no-store', '--junit', 'ro/j.xml'],
        /^verify: --junit: cannot write in /,
      ],
      [
        ['theorem', 'corollary-3.6', '--no-store', '--results-dir', 'ro/runs'],
        /^verify: --results-dir: cannot write in /,
      ],
    ] as const) {
      const io = { ...fakeIo(), cwd: dir };
      expect(await main([...args], io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(pattern);
      expect(io.stdout).toEqual([]);
    }
  });
});
