/** The global guard that the suite never writes into the repository's `.optverify/` notices each kind of write. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffListings, guarded, listing } from '../../setup/repo-store-guard.js';

describe('repo .optverify guard', () => {
  it('should guard the repository root .optverify', () => {
    expect(guarded).toBe(join(new URL('../../..', import.meta.url).pathname, '.optverify'));
  });
  it('should name every created, modified and removed path, and nothing when untouched', () => {
    const root = mkdtempSync(join(tmpdir(), 'ov-guard-'));
    const dir = join(root, '.optverify');
    const empty = listing(dir);
    expect(empty.size).toBe(0); // absent
    mkdirSync(join(dir, 'runs'), { recursive: true });
    writeFileSync(join(dir, 'checks.ndjson'), '{}\n');
    writeFileSync(join(dir, 'runs', 'a.json'), '{}');
    expect(diffListings(empty, listing(dir))).toEqual([
      'created  ./',
      'created  checks.ndjson',
      'created  runs/',
      'created  runs/a.json',
    ]);
    const before = listing(dir);
    expect(diffListings(before, listing(dir))).toEqual([]);
    writeFileSync(join(dir, 'checks.ndjson'), '{}\n{}\n'); // appended
    writeFileSync(join(dir, 'runs', 'b.json'), '{}');
    rmSync(join(dir, 'runs', 'a.json'));
    expect(diffListings(before, listing(dir))).toEqual([
      'created  runs/b.json',
      'modified checks.ndjson',
      'removed  runs/a.json',
    ]);
    const same = listing(dir);
    utimesSync(join(dir, 'runs', 'b.json'), new Date(0), new Date(0)); // rewritten in place, same size
    expect(diffListings(same, listing(dir))).toEqual(['modified runs/b.json']);
  });
});
