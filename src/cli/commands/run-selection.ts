/** The body shared by `theorem`, `paper` and `all`: run, report, exit status. */
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { hasFailures } from '../../core/result.js';
import { atomicWrite } from '../../core/write-file.js';
import type { TheoremModule } from '../../core/theorem.js';
import { renderJson } from '../../report/json.js';
import { renderJunit } from '../../report/junit.js';
import { renderTable, shouldColor } from '../../report/table.js';
import { resultsDir } from '../../../experiments/cache/store.js';
import { openStore } from '../../runner/store.js';
import { selectChecks } from '../../runner/run.js';
import { verifyTheorems } from '../../runner/verify.js';
import type { Io } from '../io.js';
import { progressIntervalMs, validateRunFlags } from '../options.js';
import { checkRunOutputs } from '../preflight.js';
import { progressSink } from '../progress.js';

export async function runSelection(
  mods: readonly TheoremModule[],
  argv: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const v = validateRunFlags(argv);
  if (!v.ok) throw new UsageError(v.errors.join('; '));
  const f = v.value;
  checkRunOutputs(mods, f, io);
  const controller = new AbortController();
  // first Ctrl-C: stop after the current check (or training run); then the handler is removed, so a
  // second Ctrl-C gets the default disposition and ends the process at once, even inside a long synchronous check
  const onSigint = (): void => {
    io.err(
      'interrupted: finishing the current check (or training run); finished results are kept (rerun with --resume); Ctrl-C again exits now',
    );
    controller.abort();
    process.off('SIGINT', onSigint);
  };
  process.on('SIGINT', onSigint);
  const interval = progressIntervalMs(io.env);
  const progress = f.progress ? progressSink(io, { intervalMs: interval.ok ? interval.value : undefined }) : undefined;
  const store = f.store === undefined ? undefined : openStore(resolve(io.cwd, f.store), { reuse: f.resume });
  for (const line of store?.problems ?? []) io.err(`verify: ${line}`);
  const opts = { seed: f.seed, budget: f.budget, layers: f.layers, trainOnly: f.trainOnly };
  try {
    const report = await verifyTheorems(mods, {
      ...opts,
      signal: controller.signal,
      store,
      training: { ...f.training, resultsDir: resultsDir(f.training.resultsDir, io.env, io.cwd) },
      onCheck: progress?.onCheck,
      onProgress: progress?.onProgress,
      onWarn: (line) => (progress ? progress.print(`verify: ${line}`) : io.err(`verify: ${line}`)),
    });
    io.out(
      f.json
        ? renderJson(report)
        : renderTable(report, { color: shouldColor({ isTTY: io.stdoutIsTTY }, io.env), columns: io.stdoutColumns }),
    );
    if (f.junit !== undefined) atomicWrite(resolve(io.cwd, f.junit), renderJunit(report));
    if (controller.signal.aborted) {
      const done = new Set(report.theorems.flatMap((t) => t.checks.map((c) => `${t.id}/${c.name}`)));
      const notRun = mods
        .flatMap((m) => selectChecks(m, opts).map((c) => `${m.claim.id}/${c.name}`))
        .filter((k) => !done.has(k));
      io.err(
        `interrupted: ${done.size} check(s) finished and kept, ${notRun.length} not run${notRun.length ? `: ${notRun.join(', ')}` : ''}`,
      );
      return 130;
    }
    const results = report.theorems.flatMap((t) => t.checks);
    // a shard job (--train-only) succeeds when its runs finished, whatever the verdicts
    if (f.trainOnly) return results.some((r) => r.status === 'error') ? 1 : 0;
    return hasFailures(results) ? 1 : 0;
  } finally {
    progress?.close();
    process.off('SIGINT', onSigint);
  }
}
