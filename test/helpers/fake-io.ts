import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io.js';

/**
 * Captured stdout/stderr, no TTY, an empty environment and a fresh temporary cwd: a command run with
 * the default store or results directory writes under that cwd, never into the repository's `.optverify/`.
 */
export function fakeIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: mkdtempSync(join(tmpdir(), 'ov-io-')),
  };
}
