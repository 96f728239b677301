/**
 * The append-only NDJSON files of the result store (`checks.ndjson`, `falsify.ndjson`): one record per
 * line, one append per record, so a killed process leaves at most a torn last line. Reading validates
 * every line and names each one it drops; appending after a torn tail starts a new line first.
 */
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname } from 'node:path';

export interface NdjsonRead<T> {
  /** The valid records, oldest first. */
  readonly records: T[];
  /** Lines dropped, one each (`path:line: dropped: why`). */
  readonly problems: string[];
}

/** Every line that parses and passes `problemOf` (null = usable); a missing file reads as empty. */
export function readNdjson<T>(path: string, problemOf: (rec: unknown) => string | null): NdjsonRead<T> {
  const records: T[] = [];
  const problems: string[] = [];
  if (!existsSync(path)) return { records, problems };
  const text = readFileSync(path, 'utf8');
  const tornTail = text.length > 0 && !text.endsWith('\n');
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      const why = i === lines.length - 1 && tornTail ? 'torn last line (interrupted write)' : 'not JSON';
      problems.push(`${path}:${i + 1}: dropped: ${why}`);
      continue;
    }
    const why = problemOf(rec);
    if (why) problems.push(`${path}:${i + 1}: dropped: ${why}`);
    else records.push(rec as T);
  }
  return { records, problems };
}

/** Whether the file's last byte is not a newline (a write was cut short). */
function endsTorn(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}

/** Append `value` as one line (its directory created where absent), on a fresh line after a torn tail. */
export function appendNdjson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, `${endsTorn(path) ? '\n' : ''}${JSON.stringify(value)}\n`);
}
