/**
 * `verify coverage [--paper KEY] [--json]`: every numbered statement, equation, figure and table of each
 * paper, with the checks that answer it or why none does (the coverage maps in theorems/papers/).
 * Loads no check code: the maps are data.
 */
import type { CoverageItem, CoverageStatus, Paper } from '../../core/paper.js';
import { coverageChecks, coverageStatuses } from '../../core/paper.js';
import { checkPaperKey, statusWords } from '../../registry/resolve.js';
import { paperKeys, paperRegistry } from '../../../theorems/papers/registry.js';
import type { CliCommand } from '../command.js';
import type { Io } from '../io.js';

export type CoverageCounts = Record<CoverageStatus, number> & { total: number };

/** `--json`: schema `optverify/coverage`, version 1. */
export interface CoverageReport {
  readonly schema: 'optverify/coverage';
  readonly schemaVersion: 1;
  readonly counts: CoverageCounts;
  readonly papers: readonly {
    readonly key: string;
    readonly title: string;
    readonly authors?: string;
    readonly year?: number;
    readonly seed?: string;
    readonly spec?: string;
    readonly counts: CoverageCounts;
    readonly items: readonly {
      readonly label: string;
      readonly kind: string;
      readonly words: string;
      readonly status: CoverageStatus;
      readonly checks: readonly string[];
      readonly equations?: readonly number[];
      /** partial: what is missing; not-checked / out-of-scope: why; checked: an optional note. */
      readonly reason?: string;
    }[];
  }[];
}

export function coverageCounts(items: readonly Pick<CoverageItem, 'status'>[]): CoverageCounts {
  const c = { checked: 0, partial: 0, 'not-checked': 0, 'out-of-scope': 0, total: items.length };
  for (const i of items) c[i.status]++;
  return c;
}

const reasonOf = (i: CoverageItem): string | undefined =>
  i.status === 'checked' ? i.note : i.status === 'partial' ? i.missing : i.reason;

export function coverageReport(papers: readonly Paper[]): CoverageReport {
  return {
    schema: 'optverify/coverage',
    schemaVersion: 1,
    counts: coverageCounts(papers.flatMap((p) => p.coverage)),
    papers: papers.map((p) => ({
      key: p.key,
      title: p.title,
      ...(p.authors === undefined ? {} : { authors: p.authors }),
      ...(p.year === undefined ? {} : { year: p.year }),
      ...(p.seed === undefined ? {} : { seed: p.seed }),
      ...(p.spec === undefined ? {} : { spec: p.spec }),
      counts: coverageCounts(p.coverage),
      items: p.coverage.map((i) => {
        const reason = reasonOf(i);
        return {
          label: i.label,
          kind: i.kind,
          words: i.words,
          status: i.status,
          checks: [...coverageChecks(i)],
          ...(i.equations === undefined ? {} : { equations: [...i.equations] }),
          ...(reason === undefined ? {} : { reason }),
        };
      }),
    })),
  };
}

/** `N items: a checked, b partial, c not checked, d out of scope`. */
export function summaryLine(c: CoverageCounts): string {
  return `${c.total} items: ${coverageStatuses.map((s) => `${c[s]} ${statusWords[s]}`).join(', ')}`;
}

const width = 100;
const cols = { label: 16, kind: 12, status: 14 } as const;
const lead = 2 + cols.label + cols.kind + cols.status;

/** Greedy word wrap of `text` into lines of at most `w` characters (a longer word is cut). */
export function wrap(text: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > w) {
      if (line) out.push(line);
      out.push(rest.slice(0, w));
      line = '';
      rest = rest.slice(w);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= w) line += ` ${rest}`;
    else {
      out.push(line);
      line = rest;
    }
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

const truncate = (s: string, w: number): string => (s.length <= w ? s : `${s.slice(0, w - 1)}…`);

/** `slug: a, b; other-slug: c` — the checks grouped by module, in their order. */
export function groupChecks(checks: readonly string[]): string {
  const by = new Map<string, string[]>();
  for (const c of checks) {
    const [slug, name] = c.split('/');
    by.set(slug, [...(by.get(slug) ?? []), name]);
  }
  return [...by].map(([slug, names]) => `${slug}: ${names.join(', ')}`).join('; ');
}

/** One paper's table: a row per item (label, kind, status, checks or reason, wrapped), the paper's words under it. */
export function renderCoverageTable(p: Paper): string {
  const lines = [
    `${p.key} — ${truncate(p.title, width - p.key.length - 3)}`,
    `  ${'label'.padEnd(cols.label)}${'kind'.padEnd(cols.kind)}${'status'.padEnd(cols.status)}checks, or why not`,
  ];
  for (const i of p.coverage) {
    const checks = coverageChecks(i);
    const reason = reasonOf(i);
    const body =
      i.status === 'checked' || i.status === 'partial'
        ? `${groupChecks(checks)}${reason ? ` — ${i.status === 'partial' ? 'missing: ' : ''}${reason}` : ''}`
        : (reason ?? '');
    const text = wrap(body, width - lead);
    const label = i.label.length >= cols.label ? `${i.label} ` : i.label.padEnd(cols.label);
    lines.push(`  ${label}${i.kind.padEnd(cols.kind)}${statusWords[i.status].padEnd(cols.status)}${text[0]}`);
    for (const t of text.slice(1)) lines.push(`${''.padEnd(lead)}${t}`);
    lines.push(`    “${truncate(i.words, width - 6)}”`);
  }
  lines.push(summaryLine(coverageCounts(p.coverage)));
  return lines.join('\n');
}

export function coverageCommand(
  argv: { paper?: string; json?: boolean },
  io: Io,
  papers: readonly Paper[] = paperRegistry,
): number {
  if (argv.paper !== undefined) checkPaperKey(argv.paper, papers);
  const shown = papers.filter((p) => argv.paper === undefined || p.key === argv.paper);
  if (argv.json) {
    io.out(JSON.stringify(coverageReport(shown), null, 2));
    return 0;
  }
  const parts = shown.map(renderCoverageTable);
  if (shown.length > 1) parts.push(`all papers: ${summaryLine(coverageCounts(shown.flatMap((p) => p.coverage)))}`);
  io.out(parts.join('\n\n'));
  return 0;
}

export const coverageCliCommand: CliCommand = {
  command: 'coverage',
  describe: 'map every numbered result, figure and table of the papers to its checks (or why it has none)',
  builder: (y) =>
    y
      .option('paper', { type: 'string', describe: `only this paper: ${paperKeys().join(' | ')}` })
      .option('json', { type: 'boolean', describe: 'machine-readable (schema optverify/coverage, version 1)' })
      .example(`$0 coverage --paper ${paperKeys()[0] ?? 'KEY'}`, ''),
  handler: (a, io) => coverageCommand(a as { paper?: string; json?: boolean }, io),
};
