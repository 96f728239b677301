/** Shared flags of the run commands, validated all at once (result type, not exceptions). */
import { backendRequests } from '../../experiments/backend-names.js';
import { parseShard } from '../../experiments/cache/shard.js';
import { availableParallelism } from 'node:os';
import type { Validated } from '../core/errors.js';
import type { Budget, Layer, TrainingOptions } from '../core/theorem.js';
import { budgets, layers } from '../core/theorem.js';

export interface RunFlags {
  readonly layers?: Layer[];
  readonly seed: number;
  readonly budget: Budget;
  readonly json: boolean;
  readonly junit?: string;
  readonly resume: boolean;
  /** Result store path; undefined with --no-store (nothing recorded, nothing resumed). */
  readonly store?: string;
  readonly progress: boolean;
  /** Only the training-backed checks; exit 0 when their runs finished, whatever the verdicts (shard jobs). */
  readonly trainOnly: boolean;
  readonly training: TrainingOptions;
}

export const defaultStore = '.optverify/checks.ndjson';

export const runFlagSpec = {
  layer: { type: 'string', array: true, describe: 'only these layers: symbolic | ode | empirical' },
  seed: { type: 'string', describe: 'seed for every random draw (non-negative integer; default 0)' },
  budget: {
    type: 'string',
    describe:
      "quick (developer loop) | standard (meets the training claims' hypotheses; CI) | full (paper-sized); default quick",
  },
  quick: { type: 'boolean', describe: 'same as --budget quick' },
  full: { type: 'boolean', describe: 'same as --budget full' },
  json: { type: 'boolean', default: false, describe: 'print the report as JSON (schema in the README)' },
  junit: { type: 'string', describe: 'also write a JUnit XML file (one testcase per check)' },
  resume: { type: 'boolean', default: false, describe: 'reuse finished checks from the result store' },
  store: {
    type: 'string',
    describe: `result store: every run records here, --resume reuses it (default ${defaultStore}; --no-store: record nothing)`,
  },
  progress: {
    type: 'boolean',
    describe:
      'progress on stderr (default on): a redrawn bar on a TTY, else a status line every $OPTVERIFY_PROGRESS_INTERVAL seconds (default 10); --no-progress: none',
  },
  'train-only': {
    type: 'boolean',
    default: false,
    describe: 'only the training-backed checks; exit 0 when their runs finished, whatever the verdicts (CI shard jobs)',
  },
  backend: {
    type: 'string',
    describe: `tensor backend for training runs: ${backendRequests.join(' | ')} (default: $OPTVERIFY_BACKEND or auto)`,
  },
  shard: {
    type: 'string',
    describe: 'run only shard k/n of every training sweep, e.g. 2/4 (merge shards with `verify results merge`)',
  },
  'results-dir': {
    type: 'string',
    describe: 'cache of finished training runs (default: $OPTVERIFY_RESULTS_DIR or .optverify/runs)',
  },
  jobs: {
    type: 'string',
    describe:
      'training runs of a sweep in parallel, each in a worker process (integer ≥ 1; default: the number of cores); same results for every N',
  },
} as const;

/** The rules a flag and its environment variable share; each returns an error line naming `name`, or null. */
const backendProblem = (name: string, value: string): string | null =>
  (backendRequests as readonly string[]).includes(value)
    ? null
    : `${name}: expected one of ${backendRequests.join(', ')}, got "${value}"`;
const dirProblem = (name: string, value: string): string | null =>
  value.trim() === '' ? `${name}: expected a directory path, got "${value}"` : null;
function shardOf(name: string, value: string): Validated<TrainingOptions['shard']> {
  try {
    return { ok: true, value: parseShard(value) };
  } catch (err) {
    return { ok: false, errors: [(err as Error).message.replace(/^--shard/, name)] };
  }
}

/** OPTVERIFY_PROGRESS_INTERVAL: seconds between piped progress lines (a non-negative number; default 10). */
export function progressIntervalMs(env: NodeJS.ProcessEnv): Validated<number | undefined> {
  const raw = env.OPTVERIFY_PROGRESS_INTERVAL;
  if (raw === undefined) return { ok: true, value: undefined };
  const s = Number(raw);
  return raw.trim() !== '' && Number.isFinite(s) && s >= 0
    ? { ok: true, value: s * 1000 }
    : { ok: false, errors: [`OPTVERIFY_PROGRESS_INTERVAL: expected seconds (a number ≥ 0), got "${raw}"`] };
}

/** OPTVERIFY_BACKEND, OPTVERIFY_SHARD, OPTVERIFY_RESULTS_DIR, OPTVERIFY_PROGRESS_INTERVAL: the rules of their flags (set but empty is an error too). */
export function validateEnv(env: NodeJS.ProcessEnv): Validated<void> {
  const interval = progressIntervalMs(env);
  const shard = env.OPTVERIFY_SHARD === undefined ? undefined : shardOf('OPTVERIFY_SHARD', env.OPTVERIFY_SHARD);
  const errors = [
    env.OPTVERIFY_BACKEND === undefined ? null : backendProblem('OPTVERIFY_BACKEND', env.OPTVERIFY_BACKEND),
    shard && !shard.ok ? shard.errors[0] : null,
    env.OPTVERIFY_RESULTS_DIR === undefined ? null : dirProblem('OPTVERIFY_RESULTS_DIR', env.OPTVERIFY_RESULTS_DIR),
    interval.ok ? null : interval.errors[0],
  ].filter((e): e is string => e !== null);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: undefined };
}

/** --jobs (default: os.availableParallelism()): an integer ≥ 1. */
export function jobsOf(raw: unknown, cores = availableParallelism()): Validated<number> {
  if (raw === undefined) return { ok: true, value: Math.max(1, cores) };
  const text = String(raw);
  const jobs = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(jobs) && jobs >= 1
    ? { ok: true, value: jobs }
    : { ok: false, errors: [`--jobs: expected an integer ≥ 1, got "${text}"`] };
}

/** --seed (default 0): a non-negative safe integer. */
export function seedOf(raw: unknown): Validated<number> {
  const text = String(raw ?? '0');
  const seed = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(seed)
    ? { ok: true, value: seed }
    : { ok: false, errors: [`--seed: expected a non-negative integer, got "${text}"`] };
}

/** --budget / --quick / --full (default quick): naming two different budgets is a conflict. */
export function budgetOf(
  argv: Record<string, unknown>,
  fallback: Budget | undefined = 'quick',
): Validated<Budget | undefined> {
  const named: [string, string][] = [];
  if (argv.budget !== undefined) named.push([`--budget ${String(argv.budget)}`, String(argv.budget)]);
  if (argv.quick) named.push(['--quick', 'quick']);
  if (argv.full) named.push(['--full', 'full']);
  if (new Set(named.map(([, b]) => b)).size > 1)
    return { ok: false, errors: [`${named.map(([f]) => f).join(' and ')} conflict: choose one budget`] };
  const budget = named[0]?.[1] ?? fallback;
  if (budget !== undefined && !(budgets as readonly string[]).includes(budget))
    return { ok: false, errors: [`--budget: expected one of ${budgets.join(', ')}, got "${budget}"`] };
  return { ok: true, value: budget as Budget | undefined };
}

export function validateRunFlags(argv: Record<string, unknown>): Validated<RunFlags> {
  const errors: string[] = [];
  const rawLayers = (argv.layer as string[] | undefined)?.flatMap((l) => String(l).split(','));
  for (const l of rawLayers ?? [])
    if (!layers.includes(l as Layer)) errors.push(`--layer: expected one of ${layers.join(', ')}, got "${l}"`);
  const seed = seedOf(argv.seed);
  if (!seed.ok) errors.push(...seed.errors);
  const budget = budgetOf(argv);
  if (!budget.ok) errors.push(...budget.errors);
  const backend = argv.backend === undefined ? undefined : String(argv.backend);
  const backendError = backend === undefined ? null : backendProblem('--backend', backend);
  if (backendError) errors.push(backendError);
  let shard: TrainingOptions['shard'];
  if (argv.shard !== undefined) {
    const s = shardOf('--shard', String(argv.shard));
    if (s.ok) shard = s.value;
    else errors.push(...s.errors);
  }
  const resultsDir = argv['results-dir'] === undefined ? undefined : String(argv['results-dir']);
  const dirError = resultsDir === undefined ? null : dirProblem('--results-dir', resultsDir);
  if (dirError) errors.push(dirError);
  const jobs = jobsOf(argv.jobs);
  if (!jobs.ok) errors.push(...jobs.errors);
  if (argv.resume && argv.store === false) errors.push('--resume needs a result store; drop --no-store');
  if (!seed.ok || !budget.ok || !jobs.ok || errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      layers: rawLayers as Layer[] | undefined,
      seed: seed.value,
      budget: budget.value ?? 'quick',
      json: !!argv.json,
      junit: argv.junit as string | undefined,
      resume: !!argv.resume,
      store: argv.store === false ? undefined : String(argv.store ?? defaultStore),
      // on by default: a piped run prints a status line every few seconds, not one per step
      progress: (argv.progress as boolean | undefined) ?? true,
      trainOnly: !!argv['train-only'],
      training: { backend, shard, resultsDir, jobs: jobs.value },
    },
  };
}

/** Parse a finite number flag; returns an error line naming the flag, or the value. */
export function parseNumberFlag(
  name: string,
  raw: unknown,
  rule: (x: number) => boolean,
  ruleText: string,
): Validated<number> {
  const x = typeof raw === 'number' ? raw : Number(String(raw));
  if (raw === undefined || String(raw).trim() === '' || !Number.isFinite(x))
    return { ok: false, errors: [`--${name}: expected a number, got "${String(raw)}"`] };
  if (!rule(x)) return { ok: false, errors: [`--${name}: must be ${ruleText}, got ${x}`] };
  return { ok: true, value: x };
}
