/** Shared flags of the run commands, validated all at once (result type, not exceptions). */
import { backendRequests } from '../../experiments/backend-names.js';
import { parseShard } from '../../experiments/cache/shard.js';
import type { Validated } from '../core/errors.js';
import type { Budget, Layer, TrainingOptions } from '../core/theorem.js';
import { layers } from '../core/theorem.js';

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
  readonly training: TrainingOptions;
}


export const runFlagSpec = {
  layer: { type: 'string', array: true, describe: 'only these layers: symbolic | ode | empirical' },
  seed: { type: 'string', default: '0', describe: 'seed for every random draw (non-negative integer)' },
  budget: { type: 'string', default: 'quick', describe: 'quick (CI-sized) | full (paper-sized)' },
  quick: { type: 'boolean', describe: 'same as --budget quick' },
  full: { type: 'boolean', describe: 'same as --budget full' },
  json: { type: 'boolean', default: false, describe: 'print the report as JSON (schema in the README)' },
  junit: { type: 'string', describe: 'also write a JUnit XML file (one testcase per check)' },
  resume: { type: 'boolean', default: false, describe: 'reuse finished checks from the result store' },
  store: { type: 'string', default: '.optverify/checks.ndjson', describe: 'result store: every run records here, --resume reuses it (--no-store: record nothing)' },
  progress: { type: 'boolean', describe: 'progress lines on stderr (default: when stderr is a TTY)' },
  backend: { type: 'string', describe: `tensor backend for training runs: ${backendRequests.join(' | ')} (default: $OPTVERIFY_BACKEND or auto)` },
  shard: { type: 'string', describe: 'run only shard k/n of every training sweep, e.g. 2/4 (merge shards with `verify results merge`)' },
  'results-dir': { type: 'string', describe: 'cache of finished training runs (default: $OPTVERIFY_RESULTS_DIR or .optverify/runs)' },
} as const;

export function validateRunFlags(argv: Record<string, unknown>, stderrIsTTY: boolean): Validated<RunFlags> {
  const errors: string[] = [];
  const rawLayers = (argv.layer as string[] | undefined)?.flatMap((l) => String(l).split(','));
  for (const l of rawLayers ?? []) if (!layers.includes(l as Layer)) errors.push(`--layer: expected one of ${layers.join(', ')}, got "${l}"`);
  const seedText = String(argv.seed ?? '0');
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(seed)) errors.push(`--seed: expected a non-negative integer, got "${seedText}"`);
  let budget = String(argv.budget ?? 'quick');
  if (argv.quick && argv.full) errors.push('--quick and --full: choose one');
  else if (argv.quick) budget = 'quick';
  else if (argv.full) budget = 'full';
  if (budget !== 'quick' && budget !== 'full') errors.push(`--budget: expected quick or full, got "${budget}"`);
  const backend = argv.backend === undefined ? undefined : String(argv.backend);
  if (backend !== undefined && !(backendRequests as readonly string[]).includes(backend)) errors.push(`--backend: expected one of ${backendRequests.join(', ')}, got "${backend}"`);
  let shard: TrainingOptions['shard'];
  try {
    if (argv.shard !== undefined) shard = parseShard(String(argv.shard));
  } catch (err) {
    errors.push((err as Error).message);
  }
  const resultsDir = argv['results-dir'] === undefined ? undefined : String(argv['results-dir']);
  if (resultsDir !== undefined && resultsDir.trim() === '') errors.push('--results-dir: expected a directory path, got ""');
  if (argv.resume && argv.store === false) errors.push('--resume needs a result store; drop --no-store');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      layers: rawLayers as Layer[] | undefined,
      seed,
      budget: budget as Budget,
      json: !!argv.json,
      junit: argv.junit as string | undefined,
      resume: !!argv.resume,
      store: argv.store === false ? undefined : String(argv.store),
      progress: (argv.progress as boolean | undefined) ?? stderrIsTTY,
      training: { backend, shard, resultsDir },
    },
  };
}

/** Parse a finite number flag; returns an error line naming the flag, or the value. */
export function parseNumberFlag(name: string, raw: unknown, rule: (x: number) => boolean, ruleText: string): Validated<number> {
  const x = typeof raw === 'number' ? raw : Number(String(raw));
  if (raw === undefined || String(raw).trim() === '' || !Number.isFinite(x)) return { ok: false, errors: [`--${name}: expected a number, got "${String(raw)}"`] };
  if (!rule(x)) return { ok: false, errors: [`--${name}: must be ${ruleText}, got ${x}`] };
  return { ok: true, value: x };
}
