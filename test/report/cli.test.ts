/** `verify report` and `verify baseline` through the CLI entry point (registry wiring, usage errors). */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('verify report / baseline (CLI)', () => {
  it('should report every registered check as missing from an empty store, in Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'optverify-cli-'));
    mkdirSync(join(dir, '.optverify'));
    writeFileSync(join(dir, '.optverify', 'checks.ndjson'), ''); // a missing store is a usage error (test/cli/preflight.test.ts)
    const io = { ...fakeIo(), cwd: dir };
    expect(await main(['report', '--paper', 'gsi', '--format', 'md', '--out', 'summary.md'], io)).toBe(0);
    const md = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(md).toMatch(
      /^## optverify: 0 pass · 0 claim failures · 0 errors · 0 findings · 0 skip · 0 stale · \d+ missing/,
    );
    expect(md).toContain('`iff-tau-invariance`');
    expect(md).not.toContain('max-update-bound');
    expect(io.stderr.join('\n')).toMatch(/0 stale and \d+ missing results are not current/);
  });
  it('should refuse a bad format, a mixed selection and a missing baseline file with exit 2', async () => {
    for (const args of [
      ['report', '--format', 'pdf'],
      ['report', 'corollary-3.6', '--paper', 'gsi'],
      ['baseline', 'check', 'nope.json'],
      ['baseline', 'save'],
    ]) {
      const io = { ...fakeIo(), cwd: mkdtempSync(join(tmpdir(), 'optverify-cli-')) };
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.stderr.join('')).toMatch(/^verify: /);
    }
  });
  it('should show help for both commands', async () => {
    for (const c of ['report', 'baseline']) {
      const io = fakeIo();
      expect(await main([c, '--help'], io)).toBe(0);
      expect(io.stdout.join('')).toContain('Examples:');
    }
  });
});
