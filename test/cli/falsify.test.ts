/** `verify falsify` end to end in-process: search, record in the store, report section, replay by token. */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readFalsifyStore } from '../../src/falsify/store.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('verify falsify (CLI)', () => {
  it('should record each search, show it in the Markdown report and replay its points bit for bit', async () => {
    const io = fakeIo();
    const code = await main(
      ['falsify', 'fixed-point-spectral-radius/remark-4.2-k6', '--seed', '1', '--budget-s', '4', '--json'],
      io,
    );
    // remark 4.2's corner (k = 4 stable, k = 6 unstable) is a break inside the stated scope
    expect(code).toBe(1);
    const [result] = JSON.parse(io.stdout.join('\n'));
    expect(result.verdict).toBe('fail');
    const stored = readFalsifyStore(join(io.cwd, '.optverify', 'falsify.ndjson'));
    expect(stored.problems).toEqual([]);
    expect(stored.records.map((r) => [r.module, r.result.target, r.result.verdict])).toEqual([
      ['fixed-point-spectral-radius', result.target, 'fail'],
    ]);
    expect(stored.records[0].result.worstInScope!.token).toBe(result.worstInScope.token);

    const md = fakeIo();
    md.cwd = io.cwd;
    expect(await main(['report', 'fixed-point-spectral-radius', '--format', 'md', '--seed', '1'], md)).toBe(0);
    const text = md.stdout.join('\n');
    expect(text).toContain('## Falsify: how hard each claim was attacked');
    expect(text).toContain(
      `| ${result.target} | claim failure: a break inside the stated scope | ${result.evaluations} evaluations`,
    );
    expect(text).toContain(`verify falsify --replay ${result.worstInScope.token}`);

    const html = fakeIo();
    html.cwd = io.cwd;
    expect(await main(['report', 'fixed-point-spectral-radius', '--seed', '1', '--out', 'r.html'], html)).toBe(0);
    const page = readFileSync(join(io.cwd, 'r.html'), 'utf8');
    expect(page).toContain('<section class="falsify" id="falsify">');
    expect(page).toContain(`verify falsify --replay ${result.worstInScope.token}`);

    const rep = fakeIo();
    const tokens = [result.worstInScope.token, result.worstInScope.shrunk.token];
    expect(await main(['falsify', '--json', '--replay', ...tokens], rep)).toBe(0);
    const replays = JSON.parse(rep.stdout.join('\n'));
    expect(replays.map((r: { identical: boolean; breaks: boolean }) => [r.identical, r.breaks])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(replays[0].value).toBe(result.worstInScope.value);
  });

  it('should drop a torn store line with one warning and name a never-searched target in the report', async () => {
    const io = fakeIo();
    expect(await main(['falsify', 'max-update-bound', '--budget-s', '0.5', '--json'], io)).toBe(0);
    const path = join(io.cwd, '.optverify', 'falsify.ndjson');
    appendFileSync(path, '{"key":"torn');
    const md = fakeIo();
    md.cwd = io.cwd;
    expect(await main(['report', 'max-update-bound', 'fixed-point-spectral-radius', '--format', 'md'], md)).toBe(0);
    expect(md.stderr.join('\n')).toMatch(/falsify\.ndjson:2: dropped: torn last line \(interrupted write\)/);
    const text = md.stdout.join('\n');
    expect(text).toMatch(/\| max-update-bound\/\S+ \| finding: breaks outside the stated scope only \|/);
    expect(text).toContain('not attacked: run `verify falsify fixed-point-spectral-radius/');
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(2);
    // the next search starts a new line after the torn tail: recorded, not glued onto it
    expect(await main(['falsify', 'max-update-bound', '--budget-s', '0.5', '--json'], io)).toBe(0);
    const after = readFalsifyStore(path);
    expect(after.records).toHaveLength(2);
    expect(after.problems).toHaveLength(1);
  });

  it('should reject a forged token with one line and exit 2', async () => {
    const io = fakeIo();
    expect(await main(['falsify', '--replay', 'bm90IGEgdG9rZW4'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--replay: not a falsify replay token/);
  });

  it("should search a claim file's bound and replay its point when the file is named again", async () => {
    const file = new URL('../claimfile/fixtures/false-bound.yaml', import.meta.url).pathname;
    const io = fakeIo();
    expect(await main(['falsify', file, '--budget-s', '1', '--json', '--no-store'], io)).toBe(1);
    const [r] = JSON.parse(io.stdout.join('\n'));
    expect(r.verdict).toBe('fail');
    expect(r.worstInScope.value).toBeGreaterThan(1);
    const rep = fakeIo();
    expect(await main(['falsify', file, '--json', '--replay', r.worstInScope.token], rep)).toBe(0);
    expect(JSON.parse(rep.stdout.join('\n'))[0]).toMatchObject({ identical: true, breaks: true, inScope: true });
  });
});
