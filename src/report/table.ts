/**
 * Terminal table reporter. Colour (node:util `styleText`) when `shouldColor` says so. Fits `columns`:
 * below 100 columns the layer and ms columns are dropped, and when the numbers still do not fit, each
 * check folds onto two lines (name and status; then measured, expected, tolerance, margin); prose wraps,
 * and a check's preformatted detail table is cut at the width (… marks the cut; --json has it whole).
 */
import { styleText } from 'node:util';
import type { CheckResult, JudgedResult, Outcome, Report } from '../core/result.js';
import { classify, summarize } from '../core/result.js';
import { describeTolerance } from '../core/tolerance.js';
import { fitWidth, formatNumber, textWidth, wrapText } from './format.js';
import { claimVerdict } from './verdict.js';
import type { ClaimVerdict } from './verdict.js';

export interface TableOptions {
  readonly color: boolean;
  /** Terminal width; absent = no limit (piped output). */
  readonly columns?: number;
}

type Style = Parameters<typeof styleText>[0];
const styles = {
  pass: 'green',
  fail: 'red',
  skip: 'yellow',
  error: 'magenta',
  finding: 'cyan',
  dim: 'dim',
  bold: 'bold',
} as const satisfies Record<string, Style>;
const verdictStyle: Readonly<Record<ClaimVerdict, Style>> = {
  'holds-where-tested': styles.pass,
  fails: styles.fail,
  undecided: styles.error,
  holds: styles.pass,
  'holds-with-findings': styles.finding,
  'not-reproduced': styles.skip,
  'not-run': styles.skip,
};
const outcomeStyle: Readonly<Record<Outcome, Style>> = {
  pass: styles.pass,
  'claim-failure': styles.fail,
  error: styles.error,
  finding: styles.finding,
  skip: styles.skip,
};
/** Below this width the layer and ms columns are dropped. */
export const wideColumns = 100;
const indent = '      ';

/** The status column: the raw status, except that a finding reads `finding` (`finding:error` when it errored). */
function statusLabel(r: CheckResult): string {
  // a run that could not meet the claim's hypotheses: numbers shown, not a verdict (`unmet:pass`, `unmet:fail`)
  if ((r.status === 'pass' || r.status === 'fail') && typeof r.detail?.hypotheses_unmet === 'string')
    return `unmet:${r.status}`;
  if (classify(r) !== 'finding') return r.status;
  return r.status === 'error' ? 'finding:error' : 'finding';
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** NO_COLOR (set) never colours; FORCE_COLOR (set, not "0") colours even off a TTY; else only on a TTY without TERM=dumb. */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY && env.TERM !== 'dumb';
}

const header = ['layer', 'check', 'status', 'measured', 'expected', 'tolerance', 'margin', 'ms'];
const numeric = [3, 4, 5, 6];

function cells(r: CheckResult): string[] {
  const status = statusLabel(r);
  if (r.status === 'pass' || r.status === 'fail') {
    return [
      r.layer,
      r.name,
      status,
      formatNumber(r.measured),
      formatNumber(r.expected),
      describeTolerance(r.tolerance),
      formatNumber(r.margin),
      `${Math.round(r.ms)}`,
    ];
  }
  const why = r.status === 'skip' ? r.reason : r.status === 'error' ? `${r.error.code}: ${r.error.message}` : '';
  return [r.layer, r.name, status, why, '', '', '', `${Math.round(r.ms)}`];
}

const judged = (r: CheckResult): r is JudgedResult => r.status === 'pass' || r.status === 'fail';

/** One theorem's checks, laid out within `width` (see the module comment). */
function checkLines(checks: readonly CheckResult[], width: number, paint: (s: Style, t: string) => string): string[] {
  const keep = width < wideColumns ? [1, 2, 3, 4, 5, 6] : [0, 1, 2, 3, 4, 5, 6, 7];
  const rows = checks.map(cells);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.filter((_, j) => !numeric.includes(i) || judged(checks[j])).map((r) => r[i].length)),
  );
  const tableWidth = 2 + keep.reduce((s, i) => s + widths[i], 0) + 2 * (keep.length - 1);
  const fold = tableWidth > width;
  const names = keep.filter((i) => i <= 2);
  const cols = fold ? names : keep;
  // the status cell painted in its outcome's colour; padding and widths counted on the plain text
  const line = (row: readonly string[], which: readonly number[], style?: Style): string =>
    `  ${which
      .map((i, k) => {
        const cell = k === which.length - 1 ? row[i] : row[i].padEnd(widths[i]);
        return i === 2 && style ? paint(style, cell) : cell;
      })
      .join('  ')}`.trimEnd();
  const lines = [paint(styles.dim, fitWidth(line(header, cols), width))];
  checks.forEach((r, j) => {
    const row = rows[j];
    const style = outcomeStyle[classify(r)];
    if (!judged(r)) {
      // a skip reason or error message runs on past the status when it fits, else on its own wrapped lines
      const why = row[3];
      const head = names.map((i) => row[i].padEnd(widths[i])).join('  ');
      if (why === '') lines.push(line(row, names, style));
      else if (textWidth(`  ${head}  ${why}`) <= width)
        lines.push(`${line(row, names, style)}${' '.repeat(widths[2] - row[2].length)}  ${why}`);
      else lines.push(line(row, names, style), ...wrapText(`${indent}${why}`, width, indent));
      return;
    }
    lines.push(line(row, cols, style));
    if (fold)
      lines.push(
        ...wrapText(
          `${indent}measured ${row[3]} · expected ${row[4]} ${row[5]} · margin ${row[6]}${width < wideColumns ? '' : ` · ${row[7]} ms`}`,
          width,
          indent,
        ),
      );
    if (r.counterexample)
      lines.push(
        ...wrapText(`${indent}counterexample: ${JSON.stringify(r.counterexample)}`, width, indent).map((l) =>
          paint(styles.dim, l),
        ),
      );
    // multi-line detail strings are tables a check lays out for readers (e.g. the paper's table next to ours)
    for (const v of Object.values(r.detail ?? {}))
      if (typeof v === 'string' && v.includes('\n'))
        lines.push(...v.split('\n').map((l) => paint(styles.dim, fitWidth(`${indent}${l.trimEnd()}`, width))));
  });
  return lines;
}

/** Budget, seed, backend, versions, when, how long. */
function headerText(report: Report): string {
  const e = report.environment;
  const versions = Object.entries(e.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `optverify ${e.optverify} · budget ${e.budget} · seed ${e.seed} · backend ${e.backend} · node ${e.node}, ${versions} · started ${report.startedAt} · took ${(report.ms / 1000).toFixed(1)} s`;
}

export function renderTable(report: Report, opts: TableOptions): string {
  const width = opts.columns ?? Number.POSITIVE_INFINITY;
  const paint = (style: Style, s: string): string => (opts.color ? styleText(style, s, { validateStream: false }) : s);
  const wrap = (text: string, style: Style, hang = '  '): string[] =>
    wrapText(text, width, hang).map((l) => paint(style, l));
  const lines: string[] = [...wrap(headerText(report), styles.dim), ''];
  for (const t of report.theorems) {
    lines.push(...wrap(`${t.id}  (${t.paper}: ${t.labels.join(', ')})`, styles.bold));
    lines.push(...wrap(`  ${t.title}`, styles.dim, '    '));
    const v = claimVerdict(t.checks);
    const [first, ...rest] = wrapText(`  verdict: ${v.label} — ${v.why}`, width, '    ');
    const cut = Math.min(first.length, `  verdict: ${v.label}`.length);
    lines.push(`  ${paint(verdictStyle[v.verdict], first.slice(2, cut))}${first.slice(cut)}`, ...rest);
    lines.push(...checkLines(t.checks, width, paint), '');
  }
  // counted from the checks (not report.summary), so a report read from older JSON classifies the same
  const all = report.theorems.flatMap((t) => t.checks);
  const s = summarize(all);
  const o = s.outcomes;
  // claim failures, errors and findings apart, each named, each in its own colour
  for (const [outcome, title] of [
    ['claim-failure', 'claim failures'],
    ['error', 'errors'],
    ['finding', 'findings'],
  ] as const) {
    const named = all.filter((r) => classify(r) === outcome).map((r) => `${r.theorem}/${r.name}`);
    if (named.length > 0) lines.push(...wrap(`${title} (${named.length}): ${named.join(', ')}`, outcomeStyle[outcome]));
  }
  const counts: [Style, string][] = [
    [styles.pass, `${o.pass} passed`],
    [styles.fail, plural(o['claim-failure'], 'claim failure', 'claim failures')],
    [styles.finding, plural(o.finding, 'finding', 'findings')],
    [styles.error, plural(o.error, 'error', 'errors')],
    [styles.skip, `${o.skip} skipped of ${s.total} checks in ${(report.ms / 1000).toFixed(1)} s`],
  ];
  // wrapped on the plain text, then each count painted where it landed
  let k = 0;
  for (const l of wrapText(counts.map(([, t]) => t).join(', '), width, '  ')) {
    let out = l;
    for (; k < counts.length && out.includes(counts[k][1]); k++)
      out = out.replace(counts[k][1], paint(counts[k][0], counts[k][1]));
    lines.push(out);
  }
  // the line CI parses, in its historical form: failed = claim failures, errored = errors; findings never count
  lines.push(
    `${o.pass} passed, ${o['claim-failure']} failed, ${o.error} errored, ${o.skip} skipped${o.finding > 0 ? ` (+${o.finding} findings, not failures)` : ''}`,
  );
  if (o.finding > 0)
    lines.push(
      ...wrap('finding = informational check outside the claim’s scope: reported, never fails the run', styles.dim),
    );
  return lines.join('\n');
}
