/**
 * Progress of a run on stderr. On a TTY: one bar line redrawn in place, cut to the terminal width, and
 * a line per finished check. Piped (CI logs): one status line every `intervalMs` (default 10 s), never
 * one per step: checks done/total, the training runs of the current check, the check, elapsed, ETA.
 *
 * ETA, from finished work only: the current check's rest (inside a training sweep: the time per run over
 * its last 5 finished runs × the runs left, so runs read back from the cache at the start do not count
 * as fast training) plus the mean time of the finished checks × the checks after it. Checks
 * differ in cost by orders of magnitude (a cached result takes ms, a sweep minutes), so it is a guide;
 * `?` while nothing measurable has finished (no check done, or a sweep with no run done yet).
 */
import type { CheckResult } from '../core/result.js';
import { fitWidth } from '../report/format.js';
import type { Io } from './io.js';

export interface ProgressSink {
  onCheck(e: { theorem: string; check: string; index: number; total: number; result?: CheckResult }): void;
  onProgress(e: { theorem: string; check: string; done: number; total: number }): void;
  /** Print a line on stderr without leaving a bar fragment in front of it (the bar is redrawn after it). */
  print(line: string): void;
  /** Stop the wall-clock timer (call when the run ends). */
  close(): void;
}

export interface ProgressOptions {
  /** Milliseconds (injected in tests). */
  readonly now?: () => number;
  /** Period of the piped status line; 0 prints one at every event. */
  readonly intervalMs?: number;
  /** Width of the terminal (TTY; default `io.stderrColumns`, read at each redraw, else 80); the bar line never exceeds it. */
  readonly columns?: number;
  /** Run a timer so a status line comes also while a check emits no event (default true). */
  readonly timer?: boolean;
}

export const defaultIntervalMs = 10_000;

const bar = (done: number, total: number, width = 20): string => {
  const full = total > 0 ? Math.round((width * Math.min(done, total)) / total) : 0;
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
};

/** 42s, 4m05s, 1h02m. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** What the ETA is estimated from (see the module comment). */
export interface WorkDone {
  readonly checksDone: number;
  readonly checksTotal: number;
  /** Time spent in the finished checks. */
  readonly finishedMs: number;
  /** The check in progress: time spent in it, and its training runs when it reports them. */
  readonly current: {
    readonly ms: number;
    readonly runsDone?: number;
    readonly runsTotal?: number;
    /** Time per run over the latest finished runs, and the time since the last one finished. */
    readonly perRunMs?: number;
    readonly sinceLastRunMs?: number;
  } | null;
}

/** Runs whose pace the ETA takes (the latest ones). */
const paceWindow = 5;

/** The remaining time (see the module comment); null when nothing measurable has finished. */
export function estimateRemaining(w: WorkDone): number | null {
  const mean = w.checksDone > 0 ? w.finishedMs / w.checksDone : null;
  const after = w.checksTotal - w.checksDone - (w.current ? 1 : 0);
  let rest = 0;
  if (w.current) {
    const { ms, runsDone, runsTotal, perRunMs, sinceLastRunMs } = w.current;
    if (runsTotal !== undefined && runsDone !== undefined && runsTotal > 0) {
      if (runsDone === 0) return null;
      const left = Math.max(0, runsTotal - runsDone);
      rest = perRunMs === undefined ? (ms * left) / runsDone : Math.max(0, perRunMs * left - (sinceLastRunMs ?? 0));
    } else if (mean === null) return null;
    else rest = Math.max(0, mean - ms);
  }
  if (after > 0 && mean === null) return null;
  return rest + Math.max(0, after) * (mean ?? 0);
}

export function progressSink(io: Io, opts: ProgressOptions = {}): ProgressSink {
  const now = opts.now ?? (() => performance.now());
  const intervalMs = opts.intervalMs ?? defaultIntervalMs;
  const inline = io.stderrIsTTY && io.errInline ? io.errInline.bind(io) : null;
  const t0 = now();
  let lastLine = t0;
  let done = 0;
  let total = 0;
  let current: { theorem: string; check: string; index: number } | null = null;
  let runs: { done: number; total: number } | null = null;
  let checkStart = t0;
  /** When each run of the current check finished (the check's start counts as run 0). */
  let marks: { t: number; done: number }[] = [];
  let finishedMs = 0;

  const position = (): string => (current ? `[${current.index + 1}/${total}] ${current.theorem} ${current.check}` : '');
  const pace = (): { perRunMs?: number; sinceLastRunMs?: number } => {
    const w = marks.slice(-(paceWindow + 1));
    const last = w.at(-1);
    if (!last || w.length < 2 || last.done <= w[0].done) return {};
    return { perRunMs: (last.t - w[0].t) / (last.done - w[0].done), sinceLastRunMs: now() - last.t };
  };
  const timing = (): string => {
    const elapsed = now() - t0;
    const eta = estimateRemaining({
      checksDone: done,
      checksTotal: total,
      finishedMs,
      current: current ? { ms: now() - checkStart, runsDone: runs?.done, runsTotal: runs?.total, ...pace() } : null,
    });
    return `${formatDuration(elapsed)} elapsed, ETA ${eta === null ? '?' : `~${formatDuration(eta)}`}`;
  };
  // one column short of the width: a line that fills the last column wraps on some terminals
  const width = (): number => Math.max(1, (opts.columns ?? io.stderrColumns ?? 80) - 1);
  const drawInline = (): void => {
    if (!inline || !current) return;
    const steps = runs ? ` ${bar(runs.done, runs.total)} ${runs.done}/${runs.total}` : ' …';
    inline(fitWidth(`${position()}${steps} · ${timing()}`, width()));
  };
  const statusLine = (): string => {
    const training = runs ? `, training run ${runs.done}/${runs.total}` : '';
    const at = current ? `, in ${current.theorem} ${current.check}` : '';
    return `progress: ${done}/${total} checks${training}${at}; ${timing()}`;
  };
  const tick = (): void => {
    if (inline) {
      drawInline();
      return;
    }
    if (now() - lastLine < intervalMs) return;
    lastLine = now();
    io.err(statusLine());
  };
  const timer =
    opts.timer === false ? null : (setInterval(tick, inline ? 1000 : Math.max(intervalMs, 250)).unref?.() ?? null);

  return {
    onCheck(e) {
      total = e.total;
      if (!e.result) {
        current = { theorem: e.theorem, check: e.check, index: e.index };
        checkStart = now();
        marks = [{ t: checkStart, done: 0 }];
        runs = null;
        tick();
        return;
      }
      done = e.index + 1;
      finishedMs += now() - checkStart;
      current = null;
      runs = null;
      if (inline) {
        inline('');
        // the name is cut to the width, never the status
        const status = `: ${e.result.status} (${Math.round(e.result.ms)} ms)`;
        const name = `[${e.index + 1}/${e.total}] ${e.theorem} ${e.check}`;
        io.err(`${fitWidth(name, Math.max(1, width() - status.length))}${status}`);
      }
      tick();
    },
    onProgress(e) {
      runs = { done: e.done, total: e.total };
      if (e.done > (marks.at(-1)?.done ?? 0)) marks.push({ t: now(), done: e.done });
      tick();
    },
    print(line) {
      inline?.('');
      io.err(line);
      drawInline();
    },
    close() {
      if (timer) clearInterval(timer);
    },
  };
}
