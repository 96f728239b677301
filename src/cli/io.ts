/** Injected I/O so commands run in-process in tests (changesets' `status({ cwd })` style). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Redraw the current stderr line (progress bars on a TTY); absent → callers print plain lines. */
  errInline?(text: string): void;
  /** Terminal widths (columns) when the stream is a TTY; absent → 80 for tables, no limit for piped lines. */
  readonly stdoutColumns?: number;
  readonly stderrColumns?: number;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    errInline: (t) => process.stderr.write(`\r\x1b[K${t}`),
    // read at each use: the terminal may be resized during a run
    get stdoutColumns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
    get stderrColumns() {
      return process.stderr.isTTY ? process.stderr.columns : undefined;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** A closed pipe (`verify list | head -1`) ends the process quietly with status 0, like a Unix filter. */
export function exitQuietlyOnEpipe(stream: NodeJS.WriteStream, exit: (code: number) => void = process.exit): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    exit(0);
  });
}
