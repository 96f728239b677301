/** A few spawned-binary tests pin exit codes 0/1/2 of the built CLI (dist/, built by `npm ci` → prepare). */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist/src/cli/main.js', import.meta.url).pathname;
/** Each run in a fresh temporary cwd, so its default store (.optverify/checks.ndjson) and run cache land there, never in the repository. */
const sandbox = () => mkdtempSync(join(tmpdir(), 'ov-bin-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: sandbox(),
    env: { ...process.env, NO_COLOR: '1' },
  });

describe.runIf(existsSync(bin))('verify binary', () => {
  it('should be executable, so that `npx verify` runs it directly', () => {
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    const r = spawnSync(bin, ['list'], { encoding: 'utf8', cwd: sandbox() });
    expect(r.status).toBe(0);
  });
  it('should exit 0 and print a table for a passing selection', () => {
    const cwd = sandbox();
    const r = spawnSync(process.execPath, [bin, 'theorem', 'corollary-3.6', '--layer', 'symbolic'], {
      encoding: 'utf8',
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/discrete_sensitivity_identity\s+pass/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(readdirSync(join(cwd, '.optverify'))).toEqual(['checks.ndjson']); // the default store, relative to the cwd
  });
  it('should exit 2 on an unknown theorem with one line on stderr', () => {
    const r = run('theorem', 'nope');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('should exit 2 on an unknown command', () => {
    expect(run('frobnicate').status).toBe(2);
  });
});
