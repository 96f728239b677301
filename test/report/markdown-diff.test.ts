/** The PR comment against a base: only what changed (verdict flipped, value beyond its drift), then the summary. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimFileOf, reportCommandBody } from '../../src/cli/commands/report.js';
import type { Report } from '../../src/core/result.js';
import type { TheoremModule } from '../../src/core/theorem.js';
import type { Baseline, BaselineCheck } from '../../src/report/baseline.js';
import { baseFromRecords, diffCached, makeBaseline, stableJson } from '../../src/report/baseline.js';
import type { CachedReport } from '../../src/report/from-store.js';
import { reportFromStore } from '../../src/report/from-store.js';
import { githubAnnotations, headerLine, renderMarkdown } from '../../src/report/markdown.js';
import type { StoredRecord } from '../../src/runner/store.js';
import { checkKey, openStore } from '../../src/runner/store.js';
import { verifyTheorems } from '../../src/runner/verify.js';
import { fakeIo } from '../helpers/fake-io.js';
import { findingsOnly, outcomeZoo } from './synthetic.js';

const mods: readonly TheoremModule[] = [outcomeZoo, findingsOnly];
let store: string;
let records: readonly StoredRecord[];
let report: Report;
let cached: CachedReport;
let base: Baseline;

const cachedFrom = (recs: readonly StoredRecord[]): CachedReport =>
  reportFromStore(mods, recs, { seed: 0, store, keyOf: checkKey, now: () => new Date('2026-12-01T00:00:00Z') });
/** The base with one check's fields replaced. */
const edited = (id: string, change: (c: BaselineCheck) => Partial<BaselineCheck>): Baseline => ({
  ...base,
  checks: base.checks.map((c) => (`${c.theorem}/${c.check}` === id ? { ...c, ...change(c) } : c)),
});

beforeAll(async () => {
  store = join(mkdtempSync(join(tmpdir(), 'optverify-mddiff-')), 'checks.ndjson');
  report = await verifyTheorems(mods, { seed: 0, budget: 'quick', store: openStore(store, { reuse: false }) });
  records = openStore(store, { reuse: false }).records();
  cached = cachedFrom(records);
  base = makeBaseline(report, mods, { kind: 'all' }, (m, c) => checkKey(m, c, 0, 'quick'));
});

describe('diffCached', () => {
  it('should find no change against a baseline saved from the same results', () => {
    const d = diffCached(base, cached, mods, checkKey);
    expect(d.changed).toEqual([]);
    expect(d.compared).toBe(12);
    expect(d.notCurrent).toEqual([]);
  });
  it('should list a value moved beyond its drift, and not one moved within it', () => {
    // pass_b measured 1.05; the default drift is 1e-9 relative (+1e-15 absolute)
    const beyond = diffCached(
      edited('outcome-zoo/pass_b', (c) => ({ measured: (c.measured as number) * (1 + 1e-6) })),
      cached,
      mods,
      checkKey,
    );
    expect(beyond.changed.map((r) => [`${r.theorem}/${r.check}`, r.kind])).toEqual([['outcome-zoo/pass_b', 'drift']]);
    expect(beyond.changed[0].drift).toBeCloseTo(1.05e-6, 12);
    const within = diffCached(
      edited('outcome-zoo/pass_b', (c) => ({ measured: (c.measured as number) * (1 + 1e-12) })),
      cached,
      mods,
      checkKey,
    );
    expect(within.changed).toEqual([]);
  });
  it('should list a flipped verdict', () => {
    const d = diffCached(
      edited('outcome-zoo/claim_fail', () => ({ status: 'pass' })),
      cached,
      mods,
      checkKey,
    );
    expect(d.changed.map((r) => [r.check, r.kind, r.baseline, r.now])).toEqual([
      ['claim_fail', 'verdict', 'pass 3', 'fail 3'],
    ]);
  });
  it('should list a check without a current result apart, not as gone', () => {
    const without = cachedFrom(records.filter((r) => r.result.name !== 'holds'));
    const d = diffCached(base, without, mods, checkKey);
    expect(d.changed).toEqual([]);
    expect(d.notCurrent).toEqual(['findings-only/holds']);
    expect(d.compared).toBe(11);
  });
  it('should compare only the theorems the report shows', () => {
    const one = reportFromStore([findingsOnly], records, { seed: 0, store, keyOf: checkKey });
    const d = diffCached(base, one, mods, checkKey);
    expect(d).toMatchObject({ changed: [], compared: 3 });
  });
  it('should read a base result store as a baseline (the latest record of each check)', () => {
    const b = baseFromRecords(records, mods);
    expect(b.checks).toHaveLength(12);
    expect(diffCached(b, cached, mods, checkKey).changed).toEqual([]);
  });
});

describe('renderMarkdown against a base', () => {
  const section = (md: string): string => /### Changes against [\s\S]*?(?=\nFrom the result store)/.exec(md)?.[0] ?? '';
  it('should say "no change" on an unchanged tree, before the summary', () => {
    const md = renderMarkdown(cached, {
      against: { name: 'base.json', diff: diffCached(base, cached, mods, checkKey) },
    });
    expect(section(md)).toBe(
      '### Changes against `base.json`\n\nNo change against `base.json`: 12 checks compared, every verdict the same and every value within its declared drift.\n',
    );
    expect(md.indexOf('### Changes against')).toBeLessThan(md.indexOf('| paper | theorem |'));
  });
  it('should list only the changed checks, with the numbers and the why', () => {
    const moved = edited('outcome-zoo/pass_b', (c) => ({ measured: (c.measured as number) * 1.01 }));
    const flipped: Baseline = {
      ...moved,
      checks: moved.checks.map((c) => (c.check === 'claim_fail' ? { ...c, status: 'pass' as const } : c)),
    };
    const md = renderMarkdown(cached, {
      against: { name: 'base.json', diff: diffCached(flipped, cached, mods, checkKey) },
    });
    const s = section(md);
    expect(s).toMatch(/^### Changes against `base\.json` \(2\)/);
    expect(s).toContain('| `outcome-zoo/claim_fail` | ❌ verdict flipped | pass 3 | fail 3 | 0.00e+0 |');
    expect(s).toContain(
      '| `outcome-zoo/pass_b` | 📈 moved beyond drift | pass 1.0605 | pass 1.05 | 1.05e-2 | 1.06e-9 |',
    );
    expect(s).not.toContain('pass_a');
    expect(s).not.toContain('No change');
  });
  it('should name a base recorded with another seed or budget', () => {
    const diff = diffCached(base, cached, mods, checkKey);
    const same = renderMarkdown(cached, { against: { name: 'b', diff, seed: 0, budget: 'quick' } });
    expect(same).not.toContain('The base was recorded with');
    const other = renderMarkdown(cached, { against: { name: 'b', diff, seed: 3, budget: 'standard' } });
    expect(other).toContain(
      '⚠️ The base was recorded with seed 3 (here 0) and budget standard (here quick): values differ for that reason too.',
    );
  });
  it('should head the comment with budget, seed, backend, versions, when and how long', () => {
    const line = headerLine(cached, { optverify: '9.9.9', node: 'v20.0.0', versions: { odex: '3.0.0' } });
    expect(line).toMatch(
      /^budget quick · seed 0 · backend float64 only · optverify 9\.9\.9, node v20\.0\.0, odex 3\.0\.0 · recorded \d{4}-\d\d-\d\dT[^·]+ · \d+\.\d s of check time$/,
    );
    expect(renderMarkdown(cached).split('\n')[2]).toMatch(/^budget quick · seed 0 · /);
  });
});

describe('GitHub annotations', () => {
  it('should write one ::error per claim failure, on its claim file, escaped', () => {
    const lines = githubAnnotations(cached, (id) => (id === 'outcome-zoo' ? 'theorems/zoo, a:b/claim.ts' : null));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '::error file=theorems/zoo%2C a%3Ab/claim.ts,title=outcome-zoo claim_fail fails::degenerate test-outcomes: measured 3, expected 1 ±0.1, margin 20',
    );
    expect(lines[1]).toMatch(
      /^::error file=[^,]+,title=outcome-zoo claim_fail_infinite_margin fails::.*margin Infinity/,
    );
  });
  it('should find a theorem’s claim file from its entry URL', () => {
    const entry = pathToFileURL('/repo/dist/theorems/max-update-bound/index.js').href;
    expect(claimFileOf({ ...outcomeZoo, entry })).toBe('theorems/max-update-bound/claim.ts');
    expect(claimFileOf({ ...outcomeZoo, entry: undefined })).toBeNull();
  });
});

describe('verify report --format md --against', () => {
  const run = async (args: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) => {
    const io = { ...fakeIo(), cwd: dirname(store), env };
    const code = await reportCommandBody(mods, { format: 'md', store, ...args }, io);
    return { code, out: io.stdout.join('\n'), err: io.stderr };
  };
  it('should diff against a baseline file and against a base store directory', async () => {
    writeFileSync(join(dirname(store), 'base.json'), stableJson(base));
    const a = await run({ against: 'base.json' });
    expect(a.code).toBe(0);
    expect(a.out).toContain('No change against `base.json`: 12 checks compared');
    expect(a.out).not.toContain('The base was recorded with');
    writeFileSync(join(dirname(store), 'seed3.json'), stableJson({ ...base, seed: 3 }));
    expect((await run({ against: 'seed3.json' })).out).toContain('The base was recorded with seed 3 (here 0):');
    const b = await run({ against: '.' });
    expect(b.out).toContain('No change against `.`: 12 checks compared');
  });
  it('should annotate claim failures only when GITHUB_ACTIONS is set', async () => {
    expect((await run({})).err.filter((l) => l.startsWith('::error'))).toEqual([]);
    const gh = await run({}, { GITHUB_ACTIONS: 'true' });
    expect(gh.err.filter((l) => l.startsWith('::error'))).toHaveLength(2);
  });
  it('should refuse --against with html and a file that is no base, with a one-line usage error', async () => {
    writeFileSync(join(dirname(store), 'junk.txt'), 'not a baseline\n');
    await expect(run({ format: 'html', against: 'base.json' })).rejects.toThrow(/--against: only with --format md/);
    await expect(run({ against: 'junk.txt' })).rejects.toThrow(/neither an optverify baseline nor a result store/);
    await expect(run({ against: 'nope.json' })).rejects.toThrow(/--against: no such file or directory/);
  });
});
