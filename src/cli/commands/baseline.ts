/** `verify baseline save FILE [sel…]` and `verify baseline check FILE [--rtol R]`: regression baselines (per backend). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { Report } from '../../core/result.js';
import type { Budget, TheoremModule } from '../../core/theorem.js';
import type { Selection } from '../../report/baseline.js';
import { resolvePaper, resolveTheoremId } from '../../registry/resolve.js';
import { atomicWrite } from '../../core/write-file.js';
import type { CliCommand } from '../command.js';
import type { Io } from '../io.js';
import { budgetOf, defaultStore, jobsOf, parseNumberFlag, seedOf } from '../options.js';
import { checkAppendFile, checkInputFile, checkOutputFile, checkResultsDir } from '../preflight.js';
import { backendRequests } from '../../../experiments/backend-names.js';
import { resultsDir as resultsDirOf } from '../../../experiments/cache/store.js';

/** Parse `[theorem ID… | paper KEY | all]` (default all). */
export function parseSelection(words: readonly string[]): Selection {
  if (words.length === 0 || (words.length === 1 && words[0] === 'all')) return { kind: 'all' };
  if (words[0] === 'paper') {
    if (words.length !== 2) throw new UsageError('baseline: expected `paper KEY`');
    return { kind: 'paper', key: words[1] };
  }
  const ids = words[0] === 'theorem' ? words.slice(1) : words;
  if (ids.length === 0) throw new UsageError('baseline: `theorem` needs at least one ID');
  return { kind: 'theorems', ids };
}

function modulesOf(sel: Selection, registry: readonly TheoremModule[]): TheoremModule[] {
  if (sel.kind === 'all') return [...registry];
  if (sel.kind === 'paper') return resolvePaper(sel.key, registry);
  return [...new Set(sel.ids.map((id) => resolveTheoremId(id, registry)))];
}

async function rerun(
  mods: readonly TheoremModule[],
  seed: number,
  budget: Budget,
  store: string | undefined,
  io: Io,
  backend: string | undefined,
  resultsDir: string | undefined,
  jobs: number,
): Promise<Report> {
  // never resume: a baseline is about recomputing; the fresh results still go to the store for `verify report`
  const [{ openStore }, { verifyTheorems }] = await Promise.all([
    import('../../runner/store.js'),
    import('../../runner/verify.js'),
  ]);
  return verifyTheorems(mods, {
    seed,
    budget,
    store: store ? openStore(resolve(io.cwd, store), { reuse: false }) : undefined,
    training: { ...(backend ? { backend } : {}), resultsDir: resultsDirOf(resultsDir, io.env, io.cwd), jobs },
  });
}

/** `--results-dir` (the training-run cache; default $OPTVERIFY_RESULTS_DIR or .optverify/runs, as for every run). */
function resultsDirFlag(a: Record<string, unknown>): string | undefined {
  if (a['results-dir'] === undefined) return undefined;
  const d = String(a['results-dir']);
  if (d.trim() === '') throw new UsageError('--results-dir: expected a directory path, got ""');
  return d;
}

/** `--backend` (training-backed checks; default $OPTVERIFY_BACKEND or auto, as for every run). */
function backendFlag(a: Record<string, unknown>): string | undefined {
  if (a.backend === undefined) return undefined;
  const b = String(a.backend);
  if (!(backendRequests as readonly string[]).includes(b))
    throw new UsageError(`--backend: expected one of ${backendRequests.join(', ')}, got "${b}"`);
  return b;
}

/** The paths a rerun writes (the store, the training-run cache), checked before the first check. */
function preflight(
  mods: readonly TheoremModule[],
  store: string | undefined,
  io: Io,
  resultsDir: string | undefined,
): void {
  if (store !== undefined) checkAppendFile('--store', resolve(io.cwd, store));
  checkResultsDir(mods, undefined, resultsDir, io);
}

/** The command body with an injectable registry (tests use fake modules). */
export async function baselineCommandBody(
  registry: readonly TheoremModule[],
  a: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const [{ compareBaseline, makeBaseline, parseBaseline, renderDiff, stableJson }, { checkKey }] = await Promise.all([
    import('../../report/baseline.js'),
    import('../../runner/store.js'),
  ]);
  const action = String(a.action);
  const file = a.file === undefined ? undefined : String(a.file);
  if (!file) throw new UsageError(`baseline ${action}: name the baseline FILE`);
  const path = resolve(io.cwd, file);
  const store = a.store === false || a.store === undefined ? undefined : String(a.store);
  const backend = backendFlag(a);
  const jobs = jobsOf(a.jobs);
  if (!jobs.ok) throw new UsageError(jobs.errors.join('; '));
  const keyOf = (seed: number, budget: Budget) => (m: TheoremModule, c: string) => checkKey(m, c, seed, budget);
  const onlyFor = (other: string, flags: readonly string[]): void => {
    const given = flags.find((f) => a[f] !== undefined);
    if (given)
      throw new UsageError(
        `--${given}: only for \`baseline ${other}\`${other === 'save' ? ' (check reads it from the file)' : ''}`,
      );
  };
  if (action === 'save') {
    onlyFor('check', ['rtol', 'verbose']);
    const selection = parseSelection((a.selection as string[] | undefined) ?? []);
    const seed = seedOf(a.seed);
    if (!seed.ok) throw new UsageError(seed.errors.join('; '));
    const budget = budgetOf(a);
    if (!budget.ok) throw new UsageError(budget.errors.join('; '));
    const mods = modulesOf(selection, registry);
    checkOutputFile('baseline save FILE', path);
    preflight(mods, store, io, resultsDirFlag(a));
    const report = await rerun(
      mods,
      seed.value,
      budget.value ?? 'quick',
      store,
      io,
      backend,
      resultsDirFlag(a),
      jobs.value,
    );
    const base = makeBaseline(report, mods, selection, keyOf(seed.value, budget.value ?? 'quick'));
    atomicWrite(path, stableJson(base));
    const o = report.summary.outcomes;
    io.out(
      `wrote ${file}: ${base.checks.length} checks (${o.pass} pass, ${o['claim-failure']} claim failures, ${o.finding} findings, ${o.error} errors, ${o.skip} skip), seed ${base.seed}, budget ${base.budget}, backend ${base.backend ?? 'none (no training-backed check ran)'}`,
    );
    return 0;
  }
  if (action === 'check') {
    if (a.selection && (a.selection as string[]).length > 0)
      throw new UsageError('baseline check: the selection is read from the file; name only FILE');
    onlyFor('save', ['seed', 'budget']);
    checkInputFile('baseline check FILE', path);
    let base: ReturnType<typeof parseBaseline>;
    try {
      base = parseBaseline(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new UsageError(`baseline check: ${file}: ${(err as Error).message}`);
    }
    let rtol: number | undefined;
    if (a.rtol !== undefined) {
      const v = parseNumberFlag('rtol', a.rtol, (x) => x >= 0, 'non-negative');
      if (!v.ok) throw new UsageError(v.errors.join('; '));
      rtol = v.value;
    }
    const mods = modulesOf(base.selection, registry);
    preflight(mods, store, io, resultsDirFlag(a));
    const report = await rerun(mods, base.seed, base.budget, store, io, backend, resultsDirFlag(a), jobs.value);
    const rows = compareBaseline(base, report, mods, keyOf(base.seed, base.budget), { rtol });
    io.out(renderDiff(rows, { all: !!a.verbose }));
    return rows.some((r) => r.failing) ? 1 : 0;
  }
  throw new UsageError(`baseline: unknown action "${action}"; expected save or check`);
}

export const baselineCommand: CliCommand = {
  command: 'baseline <action> [file] [selection..]',
  describe: 'save or check regression baselines (measured values with drift tolerances)',
  builder: (y) =>
    y
      .positional('action', { type: 'string', choices: ['save', 'check'], describe: 'save | check' })
      .positional('file', { type: 'string', describe: 'baseline JSON file, e.g. baselines/quick.json' })
      .positional('selection', {
        type: 'string',
        array: true,
        describe: 'save only: theorem ID… | paper KEY | all (default all)',
      })
      .option('rtol', {
        type: 'string',
        describe: 'check: allowed relative drift for every check (overrides the declared drift)',
      })
      .option('seed', { type: 'string', describe: 'save: seed, default 0 (check reads it from the file)' })
      .option('budget', {
        type: 'string',
        describe: 'save: quick | full, default quick (check reads it from the file)',
      })
      .option('store', {
        type: 'string',
        describe: 'also append the rerun results to this store, default .optverify/checks.ndjson (--no-store: do not)',
      })
      .option('verbose', { type: 'boolean', describe: 'check: list every check, not only the changed ones' })
      .option('results-dir', {
        type: 'string',
        describe: 'cache of finished training runs (default: $OPTVERIFY_RESULTS_DIR or .optverify/runs)',
      })
      .option('backend', {
        type: 'string',
        describe: `tensor backend for training-backed checks: ${backendRequests.join(' | ')} (default: $OPTVERIFY_BACKEND or auto); check compares those checks only against a baseline recorded on the backend this run used`,
      })
      .option('jobs', {
        type: 'string',
        describe:
          'training runs of a sweep in parallel, each in a worker process (integer ≥ 1; default: the number of cores); same values for every N',
      })
      .example('$0 baseline save baselines/quick.json all', 'record every measured value of the quick suite')
      .example('$0 baseline check baselines/quick.json', 'rerun and fail on any verdict change or drift')
      .example('$0 baseline check baselines/quick.json --rtol 1e-6', 'allow 1e-6 relative drift everywhere')
      .example('$0 baseline check baselines/standard.json --jobs 8', 'train the standard suite eight runs at a time')
      .example('$0 baseline save baselines/quick-cpu.json all --backend cpu', 'a second baseline for the cpu backend'),
  handler: async (a, io) =>
    baselineCommandBody((await import('../../../theorems/index.js')).theorems, { store: defaultStore, ...a }, io),
};
