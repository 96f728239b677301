/** Ctrl-C: a real SIGINT to a running `verify` stops it after the current check, keeps what finished, exits 130. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist/src/cli/main.js', import.meta.url).pathname;

describe.runIf(existsSync(bin))('verify under SIGINT', () => {
  it('should stop after the current check, record the finished ones, list the rest and exit 130', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ov-int-'));
    const child = spawn(process.execPath, [bin, 'all', '--layer', 'symbolic', '--progress'], {
      cwd,
      // a status line at every event (piped progress otherwise prints one every 10 s)
      env: { ...process.env, NO_COLOR: '1', OPTVERIFY_PROGRESS_INTERVAL: '0' },
    });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      // interrupt once a few checks have finished (progress lines count the finished checks)
      const finished = Math.max(0, ...[...stderr.matchAll(/progress: (\d+)\//g)].map((m) => Number(m[1])));
      if (!sent && finished >= 3) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    expect(sent).toBe(true);
    expect(code).toBe(130);
    const m = /interrupted: (\d+) check\(s\) finished and kept, (\d+) not run/.exec(stderr);
    expect(m, stderr).not.toBeNull();
    const finished = Number(m![1]);
    expect(Number(m![2])).toBeGreaterThan(0);
    // exactly the finished checks are in the store
    const lines = readFileSync(join(cwd, '.optverify', 'checks.ndjson'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(finished);
  }, 120_000);
});
