/**
 * Every file the tool writes goes through `atomicWrite`: the data goes to a temp file in the same
 * directory, is flushed, then renamed over the target. A failed write (full disk, I/O error) removes
 * the temp file and rethrows, leaving the old file as it was: never a torn or 0-byte file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** Write `data` to `path` atomically (temp file `<path>.<pid>.<random>.tmp`, fsync, rename). */
export function atomicWrite(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
