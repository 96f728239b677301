/** Terminal table reporter: colour only on a TTY and without NO_COLOR. */
import type { CheckResult, Outcome, Report } from '../core/result.js';
import { classify, summarize } from '../core/result.js';
import { describeTolerance } from '../core/tolerance.js';
import { formatNumber } from './format.js';
import { claimVerdict } from './verdict.js';
import type { ClaimVerdict } from './verdict.js';

export interface TableOptions {
  readonly color: boolean;
}

const codes = { pass: '32', fail: '31', skip: '33', error: '35', finding: '36', dim: '2', bold: '1' } as const;
const verdictCode: Readonly<Record<ClaimVerdict, string>> = {
  'holds-where-tested': codes.pass,
  fails: codes.fail,
  undecided: codes.error,
  holds: codes.pass,
  'holds-with-findings': codes.finding,
  'not-reproduced': codes.skip,
  'not-run': codes.skip,
};
const outcomeCode: Readonly<Record<Outcome, string>> = {
  pass: codes.pass,
  'claim-failure': codes.fail,
  error: codes.error,
  finding: codes.finding,
  skip: codes.skip,
};

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

export function renderTable(report: Report, opts: TableOptions): string {
  const paint = (code: string, s: string): string => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const header = ['layer', 'check', 'status', 'measured', 'expected', 'tolerance', 'margin', 'ms'];
  const lines: string[] = [];
  for (const t of report.theorems) {
    lines.push(paint(codes.bold, `${t.id}  (${t.paper}: ${t.labels.join(', ')})`));
    lines.push(paint(codes.dim, `  ${t.title}`));
    const v = claimVerdict(t.checks);
    lines.push(`  ${paint(verdictCode[v.verdict], `verdict: ${v.label}`)} — ${v.why}`);
    const rows = t.checks.map(cells);
    const judged = rows.filter((_, i) => t.checks[i].status === 'pass' || t.checks[i].status === 'fail');
    const widths = header.map((h, i) => Math.max(h.length, ...(i < 3 ? rows : judged).map((r) => r[i].length)));
    // a skip reason or error message runs on past the numeric columns instead of widening them
    const fmt = (row: string[]): string =>
      row[4] === '' && row[3] !== ''
        ? [...row.slice(0, 3).map((c, i) => c.padEnd(widths[i])), row[3]].join('  ')
        : row
            .map((c, i) => c.padEnd(widths[i]))
            .join('  ')
            .trimEnd();
    lines.push(`  ${paint(codes.dim, fmt(header))}`);
    t.checks.forEach((r, i) => {
      const row = fmt(rows[i]);
      lines.push(
        `  ${row.replace(rows[i][2].padEnd(widths[2]), paint(outcomeCode[classify(r)], rows[i][2].padEnd(widths[2])))}`,
      );
      if ((r.status === 'fail' || r.status === 'pass') && r.counterexample) {
        lines.push(paint(codes.dim, `      counterexample: ${JSON.stringify(r.counterexample)}`));
      }
      // multi-line detail strings are tables a check lays out for readers (e.g. the paper's table next to ours)
      if (r.status === 'fail' || r.status === 'pass') {
        for (const v of Object.values(r.detail ?? {}))
          if (typeof v === 'string' && v.includes('\n'))
            lines.push(...v.split('\n').map((l) => paint(codes.dim, `      ${l.trimEnd()}`)));
      }
    });
    lines.push('');
  }
  // counted from the checks (not report.summary), so a report read from older JSON classifies the same
  const s = summarize(report.theorems.flatMap((t) => t.checks));
  const o = s.outcomes;
  const e = report.environment;
  lines.push(
    `${paint(codes.pass, `${o.pass} passed`)}, ${paint(codes.fail, plural(o['claim-failure'], 'claim failure', 'claim failures'))}, ${paint(codes.finding, plural(o.finding, 'finding', 'findings'))}, ${paint(codes.error, plural(o.error, 'error', 'errors'))}, ${paint(codes.skip, `${o.skip} skipped`)} of ${s.total} checks in ${(report.ms / 1000).toFixed(1)} s`,
  );
  // the line CI parses, in its historical form: failed = claim failures, errored = errors; findings never count
  lines.push(
    `${o.pass} passed, ${o['claim-failure']} failed, ${o.error} errored, ${o.skip} skipped${o.finding > 0 ? ` (+${o.finding} findings, not failures)` : ''}`,
  );
  const footnote =
    o.finding > 0 ? '; finding = informational check outside the claim’s scope: reported, never fails the run' : '';
  lines.push(
    paint(
      codes.dim,
      `seed ${e.seed}, budget ${e.budget}, backend ${e.backend}, optverify ${e.optverify}, node ${e.node}${footnote}`,
    ),
  );
  return lines.join('\n');
}
