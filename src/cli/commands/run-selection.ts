/** The body shared by `theorem`, `paper` and `all`: run, report, exit status. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { hasFailures } from '../../core/result.js';
import type { TheoremModule } from '../../core/theorem.js';
import { renderJson } from '../../report/json.js';
import { renderJunit } from '../../report/junit.js';
import { renderTable, shouldColor } from '../../report/table.js';
import { resultsDir } from '../../../experiments/cache/store.js';
import { openStore } from '../../runner/store.js';
import { verifyTheorems } from '../../runner/verify.js';
import type { Io } from '../io.js';
import { validateRunFlags } from '../options.js';
import { progressSink } from '../progress.js';

export async function runSelection(mods: readonly TheoremModule[], argv: Record<string, unknown>, io: Io): Promise<number> {
  const v = validateRunFlags(argv, io.stderrIsTTY);
  if (!v.ok) throw new UsageError(v.errors.join('; '));
  const f = v.value;
  const controller = new AbortController();
  const onSigint = (): void => {
    io.err('interrupted: finishing the current check; finished results are kept (rerun with --resume)');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  const progress = f.progress ? progressSink(io) : undefined;
  try {
    const report = await verifyTheorems(mods, {
      seed: f.seed,
      budget: f.budget,
      layers: f.layers,
      signal: controller.signal,
      store: f.store === undefined ? undefined : openStore(resolve(io.cwd, f.store), { reuse: f.resume }),
      training: { ...f.training, resultsDir: resultsDir(f.training.resultsDir, io.env, io.cwd) },
      onCheck: progress?.onCheck,
      onProgress: progress?.onProgress,
    });
    io.out(f.json ? renderJson(report) : renderTable(report, { color: shouldColor({ isTTY: io.stdoutIsTTY }, io.env) }));
    if (f.junit) writeFileSync(resolve(io.cwd, f.junit), renderJunit(report));
    if (controller.signal.aborted) return 130;
    return hasFailures(report.theorems.flatMap((t) => t.checks)) ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
