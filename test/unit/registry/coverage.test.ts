/**
 * The papers registry and its coverage maps (theorems/papers/): the maps cannot rot (every check they name
 * exists, every label a claim declares is mapped, every claim's paper is registered), `verify coverage`
 * prints what the data says, and a mapped label without a module resolves to a clear one-line refusal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { claims } from '../../../src/cli/claims.js';
import {
  coverageCounts,
  type coverageReport,
  renderCoverageTable,
  summaryLine,
} from '../../../src/cli/commands/coverage.js';
import { InternalError, UncheckedLabelError, UnknownTheoremError } from '../../../src/core/errors.js';
import type { Paper } from '../../../src/core/paper.js';
import { coverageChecks, definePapers } from '../../../src/core/paper.js';
import { resolveTheoremId } from '../../../src/registry/resolve.js';
import { theorems } from '../../../theorems/index.js';
import {
  checkClaimPapers,
  findCoverageItem,
  findPaper,
  paperKeys,
  paperRegistry,
} from '../../../theorems/papers/registry.js';
import { fakeIo } from '../../helpers/fake-io.js';

const registeredChecks = new Set(theorems.flatMap((m) => m.checks.map((c) => `${m.claim.id}/${c.name}`)));

describe('paper registry', () => {
  it('should register every paper a claim names (full registry and the light claims list)', () => {
    const keys = new Set(paperKeys());
    for (const m of theorems) expect(keys, `${m.claim.id} → ${m.claim.paper}`).toContain(m.claim.paper);
    for (const c of claims) expect(keys, `${c.id} → ${c.paper}`).toContain(c.paper);
    expect(claims.map((c) => c.id)).toEqual(theorems.map((m) => m.claim.id));
  });

  it('should refuse a claim whose paper is not registered, naming it', () => {
    expect(() => checkClaimPapers([{ id: 'x-module', paper: 'nope' }])).toThrow(InternalError);
    expect(() => checkClaimPapers([{ id: 'x-module', paper: 'nope' }])).toThrow(/x-module names paper "nope"/);
    expect(checkClaimPapers(theorems.map((m) => m.claim))).toHaveLength(theorems.length);
  });

  it('should give each paper a title and know each seed file it names', () => {
    for (const p of paperRegistry) {
      expect(findPaper(p.key)?.title).toBe(p.title);
      // the paper's text and its claims catalogue live in the repository (docs/), not beside it
      if (p.seed !== undefined)
        expect(readFileSync(new URL(`../../../docs/papers/${p.seed}`, import.meta.url), 'utf8').length).toBeGreaterThan(
          1000,
        );
      if (p.spec)
        expect(readFileSync(new URL(`../../../docs/spec/${p.spec}`, import.meta.url), 'utf8').length).toBeGreaterThan(
          1000,
        );
    }
  });

  it('should validate a paper entry when it loads', () => {
    const ok: Paper = {
      key: 'toy',
      title: 'Toy',
      seed: 'x.txt',
      equationCount: 2,
      coverage: [
        { label: 'theorem-1', kind: 'theorem', words: 'w', equations: [1, 2], status: 'checked', checks: ['a-b/c_d'] },
      ],
    };
    expect(definePapers([ok])).toHaveLength(1);
    const bad = (p: Partial<Paper>, re: RegExp) => expect(() => definePapers([{ ...ok, ...p }])).toThrow(re);
    bad({ equationCount: 3 }, /equation \(3\) is in no coverage item/);
    bad(
      {
        coverage: [
          ...ok.coverage,
          { label: 'theorem-1', kind: 'theorem', words: 'w', status: 'not-checked', reason: 'r' },
        ],
      },
      /listed twice/,
    );
    bad(
      { coverage: [{ ...ok.coverage[0], checks: ['no-slash'] }] as Paper['coverage'] },
      /not theorem-slug\/check_name/,
    );
    bad({ coverage: [{ ...ok.coverage[0], checks: [] }] as Paper['coverage'] }, /names no check/);
    bad({ coverage: [{ ...ok.coverage[0], words: 'x'.repeat(161) }] as Paper['coverage'] }, /one line/);
    bad(
      {
        coverage: [
          { label: 'Theorem 1', kind: 'theorem', words: 'w', equations: [1, 2], status: 'out-of-scope', reason: 'r' },
        ],
      },
      /label is not/,
    );
    expect(() => definePapers([ok, ok])).toThrow(/registered twice/);
  });
});

describe('coverage maps', () => {
  it('should name only checks that exist in the theorem registry', () => {
    const stale = paperRegistry.flatMap((p) =>
      p.coverage.flatMap((i) =>
        coverageChecks(i)
          .filter((c) => !registeredChecks.has(c))
          .map((c) => `${p.key}:${i.label} → ${c}`),
      ),
    );
    expect(stale, `checks named in theorems/papers/ that no module registers:\n${stale.join('\n')}`).toEqual([]);
  });

  it("should name only checks of modules of the item's own paper", () => {
    const paperOf = new Map(theorems.map((m) => [m.claim.id, m.claim.paper]));
    for (const p of paperRegistry)
      for (const i of p.coverage)
        for (const c of coverageChecks(i))
          expect(paperOf.get(c.split('/')[0]), `${p.key}:${i.label} → ${c}`).toBe(p.key);
  });

  it('should map every label a claim declares, in its own paper', () => {
    for (const m of theorems) {
      const p = findPaper(m.claim.paper);
      for (const l of m.claim.labels)
        expect(
          p?.coverage.some((i) => i.label === l),
          `${m.claim.paper}:${l} (${m.claim.id})`,
        ).toBe(true);
    }
  });

  it("should point a module's labels at that module's checks (unless partial or out of scope)", () => {
    for (const m of theorems) {
      for (const l of m.claim.labels) {
        const item = findCoverageItem(findPaper(m.claim.paper)!, l)!;
        if (item.status === 'checked' || item.status === 'partial')
          expect(
            coverageChecks(item).some((c) => c.startsWith(`${m.claim.id}/`)),
            `${m.claim.paper}:${l}`,
          ).toBe(true);
      }
    }
  });

  it('should reach a numbered equation through the item that states it', () => {
    const d = findPaper('degenerate');
    expect(d && findCoverageItem(d, 'equation-39')?.label).toBe('theorem-C.1');
    expect(d && findCoverageItem(d, 'equation-101')).toBeUndefined();
  });
});

describe('verify coverage', () => {
  const run = async (args: string[]) => {
    const io = fakeIo();
    const code = await main(args, io);
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
  };

  it('should print the JSON report: schema, per-paper counts and items', async () => {
    const r = await run(['coverage', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as ReturnType<typeof coverageReport>;
    expect(j.schema).toBe('optverify/coverage');
    expect(j.schemaVersion).toBe(1);
    expect(j.papers.map((p) => p.key)).toEqual(paperKeys());
    for (const p of j.papers) {
      expect(Object.keys(p.counts).sort()).toEqual(['checked', 'not-checked', 'out-of-scope', 'partial', 'total']);
      expect(p.items.length).toBe(p.counts.total);
      for (const i of p.items) {
        expect(typeof i.label).toBe('string');
        expect(typeof i.kind).toBe('string');
        expect(typeof i.words).toBe('string');
        expect(['checked', 'partial', 'not-checked', 'out-of-scope']).toContain(i.status);
        expect(Array.isArray(i.checks)).toBe(true);
        if (i.status === 'checked' || i.status === 'partial') expect(i.checks.length).toBeGreaterThan(0);
        else expect(i.checks).toEqual([]);
        if (i.status !== 'checked') expect(i.reason?.length).toBeGreaterThan(0);
      }
    }
    expect(j.counts.total).toBe(j.papers.reduce((n, p) => n + p.counts.total, 0));
  });

  it('should count per paper exactly what the data holds', async () => {
    for (const p of paperRegistry) {
      const r = await run(['coverage', '--paper', p.key, '--json']);
      const [j] = (JSON.parse(r.out) as ReturnType<typeof coverageReport>).papers;
      for (const s of ['checked', 'partial', 'not-checked', 'out-of-scope'] as const)
        expect(j.counts[s], `${p.key} ${s}`).toBe(p.coverage.filter((i) => i.status === s).length);
      const text = await run(['coverage', '--paper', p.key]);
      expect(text.out.split('\n').at(-1)).toBe(summaryLine(coverageCounts(p.coverage)));
    }
  });

  it("should state the README's coverage counts as the data has them, in every row it has", () => {
    // a new paper needs no README row (`verify coverage` is the full table); a row the README has must be right
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z][a-z0-9-]*)` \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/gm)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [row, key] of rows) {
      const p = findPaper(key);
      expect(p, `README coverage row for unregistered paper ${key}`).toBeDefined();
      const c = coverageCounts(p!.coverage);
      expect(row, `README coverage row for ${key}`).toBe(
        `| \`${key}\` | ${c.total} | ${c.checked} | ${c.partial} | ${c['not-checked']} | ${c['out-of-scope']} |`,
      );
    }
  });

  it('should fit 100 columns and print one row per item', () => {
    for (const p of paperRegistry) {
      const lines = renderCoverageTable(p).split('\n');
      const long = lines.filter((l) => [...l].length > 100);
      expect(long, long.join('\n')).toEqual([]);
      for (const i of p.coverage) expect(lines.some((l) => l.startsWith(`  ${i.label} `))).toBe(true);
    }
  });

  it('should refuse an unknown paper key with exit 2', async () => {
    const r = await run(['coverage', '--paper', 'gsii']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown paper "gsii".*did you mean gsi/);
  });
});

describe('labels without a module', () => {
  it('should exit 2 with one line for a mapped label that nothing checks', async () => {
    const io = fakeIo();
    const item = findCoverageItem(findPaper('ctadam')!, 'figure-4')!;
    expect(item.status).toBe('not-checked');
    expect(await main(['theorem', 'ctadam:figure-4'], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^verify: figure-4 \(ctadam\): not checked — §3\.3's correlation/);
    expect(io.stdout).toEqual([]);
  });

  it('should name the checks to run for a partial label, and refuse an out-of-scope one', () => {
    const partial = () => resolveTheoremId('gsi:table-2', theorems);
    expect(partial).toThrow(UncheckedLabelError);
    expect(partial).toThrow(
      /^table-2 \(gsi\): partial — .*; run `verify theorem iff-tau-invariance` \(checks table1_diagonal_p_value\)$/,
    );
    expect(() => resolveTheoremId('gsi:figure-4', theorems)).toThrow(/figure-4 \(gsi\): out of scope — /);
  });

  it('should resolve a checked label whose checks live in one module to that module', () => {
    expect(resolveTheoremId('gsi:figure-1', theorems).claim.id).toBe('iff-tau-invariance');
    expect(resolveTheoremId('degenerate:equation-39', theorems).claim.id).toBe('rmsprop-linear-rate');
  });

  it('should keep module labels resolving to their module, and flag labels that several papers map', () => {
    expect(resolveTheoremId('corollary-3.6', theorems).claim.id).toBe('iff-tau-invariance');
    expect(resolveTheoremId('ctadam:theorem-1', theorems).claim.id).toBe('max-update-bound');
    expect(() => resolveTheoremId('figure-1', theorems)).toThrow(
      /several papers; use one of: gsi:figure-1, ctadam:figure-1, degenerate:figure-1/,
    );
    expect(() => resolveTheoremId('gsi:theorem-1', theorems)).toThrow(UnknownTheoremError);
  });
});
