/** The README's CI shard recipe: each `--train-only --shard k/n` job exits 0; merge + judge gives the unsharded numbers. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist/src/cli/main.js', import.meta.url).pathname;
const verify = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const measured = (json: string) =>
  (JSON.parse(json) as { theorems: { checks: { name: string; status: string; measured?: number }[] }[] }).theorems
    .flatMap((t) => t.checks)
    .map((c) => [c.name, c.status, c.measured]);

describe.runIf(existsSync(bin))('shard jobs', () => {
  it('should exit 0 in every shard job, and judge the merged directory as the unsharded run', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ov-shard-'));
    for (const k of [1, 2]) {
      const r = verify(
        cwd,
        'theorem',
        'theorem-2',
        '--train-only',
        '--shard',
        `${k}/2`,
        '--results-dir',
        `runs-${k}`,
        '--no-store',
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/skip/); // a partial sweep is never judged
    }
    expect(verify(cwd, 'results', 'merge', 'runs-1', 'runs-2', '--out', 'runs').status).toBe(0);
    const merged = verify(cwd, 'theorem', 'theorem-2', '--train-only', '--results-dir', 'runs', '--no-store', '--json');
    const whole = verify(
      cwd,
      'theorem',
      'theorem-2',
      '--train-only',
      '--results-dir',
      'unsharded',
      '--no-store',
      '--json',
    );
    expect(merged.status).toBe(0);
    expect(measured(merged.stdout)).toEqual(measured(whole.stdout));
    expect(measured(merged.stdout).every(([, s]) => s === 'pass' || s === 'fail')).toBe(true);
  }, 300_000);
});
