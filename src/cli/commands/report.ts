/**
 * `verify report [ID…|--paper KEY|--all] --out FILE [--format html|md] [--against BASE]`: render from the
 * store, never recompute. BASE (md only) is a baseline file, or a base result store (file or its directory).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../core/errors.js';
import type { TheoremModule } from '../../core/theorem.js';
import type { BaseChecks, Baseline } from '../../report/baseline.js';
import { atomicWrite } from '../../core/write-file.js';
import { resolvePaper, resolveTheoremId } from '../../registry/resolve.js';
import { paperKeys } from '../../../theorems/papers/registry.js';
import type { CliCommand } from '../command.js';
import type { Io } from '../io.js';
import { budgetOf, defaultStore, seedOf } from '../options.js';
import { checkInputFile, checkOutputFile } from '../preflight.js';

/** Which modules a report/baseline names: ids, a paper, or everything (the default). */
export function selectModules(
  registry: readonly TheoremModule[],
  a: { ids?: readonly string[]; paper?: string; all?: boolean },
): TheoremModule[] {
  const ids = a.ids ?? [];
  if ([ids.length > 0, !!a.paper, !!a.all].filter(Boolean).length > 1)
    throw new UsageError('name theorem ids, --paper KEY or --all, not several');
  if (a.paper) return resolvePaper(a.paper, registry);
  if (ids.length > 0) return [...new Set(ids.map((id) => resolveTheoremId(id, registry)))];
  return [...registry];
}

/** A theorem's claim file relative to the repository (`theorems/<dir>/claim.ts`, from its entry URL), or null. */
export function claimFileOf(mod: TheoremModule): string | null {
  if (!mod.entry?.startsWith('file:')) return null;
  const parts = fileURLToPath(mod.entry).split(sep);
  const at = parts.lastIndexOf('theorems');
  return at >= 0 && at < parts.length - 2 ? `theorems/${parts[at + 1]}/claim.ts` : null;
}

const isBaseline = (b: Baseline | BaseChecks): b is Baseline => 'schema' in b;

/** Read `--against`: a baseline JSON file, or a result store (ndjson, or the directory holding checks.ndjson). */
async function readBase(flag: string, path: string, mods: readonly TheoremModule[]): Promise<Baseline | BaseChecks> {
  const [{ baseFromRecords, parseBaseline }, { openStore }] = await Promise.all([
    import('../../report/baseline.js'),
    import('../../runner/store.js'),
  ]);
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, 'checks.ndjson');
  } catch {
    throw new UsageError(`${flag}: no such file or directory ${path}`);
  }
  checkInputFile(flag, file);
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined; // several lines: a result store
  }
  if ((json as { schema?: unknown } | undefined)?.schema === 'optverify/baseline') {
    try {
      return parseBaseline(text);
    } catch (err) {
      throw new UsageError(`${flag}: ${file}: ${(err as Error).message}`);
    }
  }
  const records = openStore(file, { reuse: false }).records();
  if (records.length === 0)
    throw new UsageError(`${flag}: ${file} is neither an optverify baseline nor a result store with records`);
  return baseFromRecords(records, mods);
}

/** The command body with an injectable registry (tests use fake modules). */
export async function reportCommandBody(
  registry: readonly TheoremModule[],
  a: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const format = String(a.format ?? 'html');
  if (format !== 'html' && format !== 'md') throw new UsageError(`--format: expected html or md, got "${format}"`);
  const seed = seedOf(a.seed);
  if (!seed.ok) throw new UsageError(seed.errors.join('; '));
  const budget = budgetOf(a, undefined);
  if (!budget.ok) throw new UsageError(budget.errors.join('; '));
  const mods = selectModules(registry, {
    ids: a.ids as string[] | undefined,
    paper: a.paper as string | undefined,
    all: !!a.all,
  });
  const storePath = resolve(io.cwd, String(a.store ?? defaultStore));
  // a store of falsify searches alone is a report too (`verify falsify …` then `verify report`)
  const { falsifyKey, falsifyStorePath, readFalsifyStore } = await import('../../falsify/store.js');
  if (!existsSync(falsifyStorePath(storePath)))
    checkInputFile('--store', storePath, '; run `verify all` first, or name the store with --store');
  const againstName = a.against === undefined ? undefined : String(a.against);
  if (againstName !== undefined && format !== 'md') throw new UsageError('--against: only with --format md');
  const base = againstName === undefined ? undefined : await readBase('--against', resolve(io.cwd, againstName), mods);
  const out = (a.out as string | undefined) ?? (format === 'html' ? 'report.html' : undefined);
  const outPath = out === undefined || out === '-' ? undefined : resolve(io.cwd, out);
  if (outPath) checkOutputFile('--out', outPath);
  const [{ falsifyFromStore, reportFromStore }, { checkKey, openStore }] = await Promise.all([
    import('../../report/from-store.js'),
    import('../../runner/store.js'),
  ]);
  const searched = readFalsifyStore(falsifyStorePath(storePath));
  for (const p of searched.problems) io.err(`warning: ${p}`);
  const cached = {
    ...reportFromStore(mods, openStore(storePath, { reuse: false }).records(), {
      seed: seed.value,
      budgets: budget.value ? [budget.value] : undefined,
      store: String(a.store ?? defaultStore),
      keyOf: checkKey,
    }),
    falsify: falsifyFromStore(mods, searched.records, seed.value, falsifyKey),
  };
  let text: string;
  if (format === 'md') {
    const [{ githubAnnotations, renderMarkdown }, { diffCached }, { describeEnvironment }] = await Promise.all([
      import('../../report/markdown.js'),
      import('../../report/baseline.js'),
      import('../../core/env.js'),
    ]);
    const environment = describeEnvironment({ seed: seed.value, budget: '', backend: '' });
    const against =
      base && againstName !== undefined
        ? {
            name: againstName,
            diff: diffCached(base, cached, mods, checkKey),
            ...(isBaseline(base) ? { seed: base.seed, budget: base.budget } : {}),
          }
        : undefined;
    text = renderMarkdown(cached, { against, environment });
    if (io.env.GITHUB_ACTIONS === 'true') {
      const byId = new Map(mods.map((m) => [m.claim.id, m]));
      for (const line of githubAnnotations(cached, (id) => {
        const m = byId.get(id);
        return m ? claimFileOf(m) : null;
      }))
        io.err(line);
    }
  } else {
    const { renderReportFigures } = await import('../../report/figures/collect.js');
    const figures = await renderReportFigures(cached, (what, err) =>
      io.err(`warning: figure ${what} not rendered: ${(err as Error).message}`),
    );
    text = (await import('../../report/html.js')).renderHtml(cached, figures);
  }
  const s = cached.summary;
  const o = s.outcomes;
  const line = `${cached.theorems.length} theorems, ${s.total} checks: ${o.pass} pass, ${o['claim-failure']} claim failures, ${o.error} errors, ${o.finding} findings, ${o.skip} skip, ${s.stale} stale, ${s.missing} missing`;
  if (outPath === undefined) {
    io.out(text);
    io.err(line);
  } else {
    atomicWrite(outPath, text);
    io.out(`wrote ${out} (${format}): ${line}`);
  }
  if (s.stale + s.missing > 0)
    io.err(
      `${s.stale} stale and ${s.missing} missing results are not current: rerun \`verify all\` (or the theorems named) to refresh them`,
    );
  return 0;
}

export const reportCommand: CliCommand = {
  command: 'report [ids..]',
  describe: 'render the HTML/Markdown report from cached results (no recomputation)',
  builder: (y) =>
    y
      .positional('ids', { type: 'string', array: true, describe: 'theorems to include (default: all)' })
      .option('paper', { type: 'string', describe: `only this paper: ${paperKeys().join(' | ')}` })
      .option('all', { type: 'boolean', describe: 'every registered theorem (the default)' })
      .option('out', {
        type: 'string',
        describe: 'output file (default report.html for html, stdout for md; - = stdout)',
      })
      .option('format', { type: 'string', describe: 'html | md (default html)' })
      .option('against', {
        type: 'string',
        describe:
          'md only: list first what changed against this base (a baseline file such as baselines/quick.json, or a result store or its directory)',
      })
      .option('store', {
        type: 'string',
        describe: `the result store written by verify runs (default ${defaultStore})`,
      })
      .option('seed', { type: 'string', describe: 'the seed whose results count as current (default 0)' })
      .option('budget', {
        type: 'string',
        describe: 'only results of this budget count as current (default: any of quick, standard, full)',
      })
      .example('$0 all && $0 report --out report.html', 'verify everything, then render the HTML report')
      .example(
        `$0 report --paper ${paperKeys()[0] ?? 'KEY'} --format md > summary.md`,
        'a Markdown summary for a pull-request comment',
      )
      .example(
        '$0 report --format md --against baselines/quick.json > pr-comment.md',
        'what changed against the committed baseline, then the summary',
      ),
  handler: async (a, io) => reportCommandBody((await import('../../../theorems/index.js')).theorems, a, io),
};
