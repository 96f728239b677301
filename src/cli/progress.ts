/** Progress of a run on stderr: a redrawn bar on a TTY, plain lines otherwise (CI logs). */
import type { CheckResult } from '../core/result.js';
import type { Io } from './io.js';

export interface ProgressSink {
  onCheck(e: { theorem: string; check: string; index: number; total: number; result?: CheckResult }): void;
  onProgress(e: { theorem: string; check: string; done: number; total: number }): void;
}

const bar = (done: number, total: number, width = 20): string => {
  const full = total > 0 ? Math.round((width * done) / total) : 0;
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
};

export function progressSink(io: Io): ProgressSink {
  const inline = io.stderrIsTTY && io.errInline ? io.errInline.bind(io) : null;
  let position = '';
  return {
    onCheck(e) {
      position = `[${e.index + 1}/${e.total}] ${e.theorem} ${e.check}`;
      if (!e.result) {
        inline?.(`${position} …`);
        return;
      }
      if (inline) inline('');
      io.err(`${position}: ${e.result.status} (${Math.round(e.result.ms)} ms)`);
    },
    onProgress(e) {
      if (inline) inline(`${position} ${bar(e.done, e.total)} ${e.done}/${e.total}`);
      else io.err(`${position}: ${e.done}/${e.total}`);
    },
  };
}
