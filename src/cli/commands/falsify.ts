/** `verify falsify ID… [--runs N] [--seed S] [--budget-s T] [--replay TOKEN] [--json]`: targeted counterexample search. */
import type { FalsifyTarget } from '../../core/falsify.js';
import type { TheoremModule } from '../../core/theorem.js';
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';
import { defaultStore, parseNumberFlag, seedOf } from '../options.js';
import { resolve } from 'node:path';
import { checkAppendFile } from '../preflight.js';
import { falsifyStorePath } from '../../falsify/store.js';

/** Every declared target, by module (loaded with the theorem registry when the command runs). */
type Declared = {
  module: string;
  entry: string | undefined;
  labels: readonly string[];
  targets: readonly FalsifyTarget[];
};

/** Ids naming claim files (a `.yaml`, `.yml` or `.json` path): their bound targets join the registry's. */
const isClaimFile = (id: string): boolean => /\.(ya?ml|json)$/i.test(id);

const declared = (m: TheoremModule): Declared => ({
  module: m.claim.id,
  entry: m.entry,
  labels: m.claim.labels,
  targets: m.falsify ?? [],
});

/** The registry's modules, and one per claim file (in the order of `files`). */
async function loadTargets(
  files: readonly string[],
  cwd: string,
): Promise<{ registered: Declared[]; fromFiles: Declared[] }> {
  const { theorems } = await import('../../../theorems/index.js');
  const fromFiles = files.length ? (await import('../../claimfile/index.js')).loadClaimFiles(files, cwd) : [];
  return { registered: theorems.map(declared), fromFiles: fromFiles.map(declared) };
}

export const falsifyCliCommand: CliCommand = {
  command: 'falsify [ids..]',
  describe: 'search for counterexamples to claims (random starts, compass search, shrinking)',
  builder: (y) =>
    y
      .positional('ids', {
        type: 'string',
        array: true,
        describe: 'all, or a module id, claim label, target id or claim file (its bound targets)',
      })
      .option('runs', { type: 'string', describe: 'random starts per round (default 256)' })
      .option('seed', { type: 'string', describe: 'seed (default 0)' })
      .option('budget-s', {
        type: 'string',
        describe: 'wall-clock budget in seconds, split over the targets (default 3 per target)',
      })
      .option('replay', { type: 'string', array: true, describe: 'replay token(s) of reported points' })
      .option('json', { type: 'boolean', describe: 'print JSON' })
      .option('store', {
        type: 'string',
        describe: `record each search beside this checks store (default ${defaultStore} → falsify.ndjson; --no-store: record nothing)`,
      })
      .example('$0 falsify remark-4.2 --seed 1 --budget-s 5', '')
      .example('$0 falsify --replay <token>', ''),
  async handler(a, io) {
    const ids = ((a.ids as string[] | undefined) ?? []).map(String);
    const files = ids.filter(isClaimFile);
    const { registered, fromFiles } = await loadTargets(files, io.cwd);
    const all = [...registered, ...fromFiles];
    const ofFile = new Map(files.map((f, i) => [f, fromFiles[i]]));
    const targets = all.flatMap((m) => m.targets);
    const { falsify, renderReplay, renderResults, replay, TokenError } = await import('../../falsify/index.js');
    const tokens = (a.replay as string[] | undefined) ?? [];
    if (tokens.length > 0) {
      const out = tokens.map((t) => {
        try {
          return replay(t, targets);
        } catch (e) {
          if (e instanceof TokenError) throw new UsageError(`--replay: ${e.message}`);
          throw e;
        }
      });
      io.out(a.json ? JSON.stringify(out, null, 2) : out.map(renderReplay).join('\n'));
      return out.every((r) => r.identical) ? 0 : 1;
    }
    if (ids.length === 0)
      throw new UsageError(`falsify: name a module, label or target; targets: ${targets.map((t) => t.id).join(', ')}`);
    const chosen: FalsifyTarget[] = [];
    for (const id of ids) {
      // `all`: every declared target; a claim file: its own targets
      const hit = isClaimFile(id)
        ? ofFile.get(id)!.targets
        : id === 'all'
          ? targets
          : all.flatMap((m) =>
              m.module === id ? m.targets : m.targets.filter((t) => t.id === id || t.labels.includes(id)),
            );
      if (hit.length === 0)
        throw new UsageError(
          `falsify: "${id}" names no falsify target; targets: ${targets.map((t) => t.id).join(', ')}`,
        );
      for (const t of hit) if (!chosen.includes(t)) chosen.push(t);
    }
    const seed = seedOf(a.seed);
    if (!seed.ok) throw new UsageError(seed.errors[0]);
    const runs =
      a.runs === undefined
        ? undefined
        : parseNumberFlag('runs', a.runs, (x) => Number.isInteger(x) && x >= 1, 'an integer ≥ 1');
    if (runs && !runs.ok) throw new UsageError(runs.errors[0]);
    const budget =
      a['budget-s'] === undefined ? undefined : parseNumberFlag('budget-s', a['budget-s'], (x) => x > 0, '> 0');
    if (budget && !budget.ok) throw new UsageError(budget.errors[0]);
    const store = a.store === false ? undefined : falsifyStorePath(resolve(io.cwd, String(a.store ?? defaultStore)));
    if (store) checkAppendFile('--store', store);
    const { appendFalsifyRecord, falsifyKey } = await import('../../falsify/store.js');
    const moduleOf = new Map(all.flatMap((m) => m.targets.map((t) => [t.id, m] as const)));
    const totalMs = (budget?.value ?? 3 * chosen.length) * 1000;
    const t0 = performance.now();
    const results = chosen.map((t, i) => {
      // each target gets an equal share of what is left, so an early finish passes its time on
      const share = (totalMs - (performance.now() - t0)) / (chosen.length - i);
      let last = 0;
      const r = falsify(t, {
        seed: seed.value,
        runs: runs?.value,
        budgetMs: Math.max(1, share),
        progress: (p) => {
          if (p.elapsedMs - last < 1000) return;
          last = p.elapsedMs;
          io.err(
            `falsify ${p.target}: round ${p.round}, ${p.evaluations} evaluations, ${(p.elapsedMs / 1000).toFixed(1)} s, worst ${p.best ?? 'n/a'}, in scope ${p.bestInScope ?? 'n/a'}`,
          );
        },
      });
      const m = moduleOf.get(t.id)!;
      if (store)
        appendFalsifyRecord(store, {
          key: falsifyKey(m.entry, t.id, seed.value),
          at: new Date().toISOString(),
          module: m.module,
          result: r,
        });
      return r;
    });
    io.out(a.json ? JSON.stringify(results, null, 2) : renderResults(results));
    return results.some((r) => r.verdict === 'fail') ? 1 : 0;
  },
};
