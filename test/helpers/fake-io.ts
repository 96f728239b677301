import type { Io } from '../../src/cli/io.js';

export function fakeIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: process.cwd() };
}
