/** Markdown summary of a cached report, sized for a pull-request comment. */
import { describeTolerance } from '../core/tolerance.js';
import type { CachedCheck, CachedReport } from './from-store.js';
import { theoremVerdict } from './from-store.js';
import { formatNumber } from './format.js';

const icon: Readonly<Record<string, string>> = { pass: '✅', fail: '❌', error: '💥', skip: '⏭️', incomplete: '🟠', stale: '🟠', missing: '⚪', empty: '⚪' };
/** Escape a Markdown table cell. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function statusText(c: CachedCheck): string {
  if (c.freshness === 'missing') return `${icon.missing} missing`;
  if (c.freshness === 'stale') return `${icon.stale} stale (was ${c.result!.status})`;
  return `${icon[c.result!.status]} ${c.result!.status}`;
}

function row(c: CachedCheck): string {
  const r = c.result;
  const was = c.freshness === 'stale' ? 'was ' : '';
  let rest: string[];
  if (!r) rest = ['', '', '', 'never run with the current code'];
  else if (r.status === 'skip') rest = ['', '', '', `skipped: ${r.reason}`];
  else if (r.status === 'error') rest = ['', '', '', `${r.error.code}: ${r.error.message}`];
  else rest = [`${was}${formatNumber(r.measured)}`, formatNumber(r.expected), describeTolerance(r.tolerance), `margin ${formatNumber(r.margin)}${r.informational ? ' (finding)' : ''}`];
  return `| ${[c.theorem, `\`${c.name}\``, statusText(c), ...rest].map(cell).join(' | ')} |`;
}

const header = '| theorem | check | status | measured | expected | tolerance | note |\n|---|---|---|---:|---:|---|---|';

/** Render the summary: per-theorem verdicts, checks needing attention, the full table folded. */
export function renderMarkdown(report: CachedReport): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`## optverify: ${s.pass} pass · ${s.fail} fail · ${s.error} error · ${s.skip} skip · ${s.stale} stale · ${s.missing} missing (of ${s.total})`);
  lines.push('');
  lines.push(`From the result store \`${report.store}\` at ${report.generatedAt} (seed ${report.seed}); stale results carry no verdict.`);
  lines.push('');
  lines.push('| paper | theorem | labels | verdict | pass | fail | error | skip | stale | missing |');
  lines.push('|---|---|---|---|---:|---:|---:|---:|---:|---:|');
  for (const t of report.theorems) {
    const n = (f: (c: CachedCheck) => boolean): number => t.checks.filter(f).length;
    const fresh = (st: string) => (c: CachedCheck) => c.freshness === 'fresh' && c.result!.status === st;
    const v = theoremVerdict(t);
    lines.push(
      `| ${[t.paper, `\`${t.id}\``, t.labels.join(', '), `${icon[v]} ${v}`, n(fresh('pass')), n(fresh('fail')), n(fresh('error')), n(fresh('skip')), n((c) => c.freshness === 'stale'), n((c) => c.freshness === 'missing')].map((x) => cell(String(x))).join(' | ')} |`,
    );
  }
  const all = report.theorems.flatMap((t) => t.checks);
  const attention = all.filter((c) => c.freshness !== 'fresh' || c.result!.status === 'fail' || c.result!.status === 'error');
  if (attention.length > 0) {
    lines.push('', `### Needs attention (${attention.length})`, '', header, ...attention.map(row));
  }
  lines.push('', `<details><summary>All checks (${all.length})</summary>`, '', header, ...all.map(row), '', '</details>', '');
  return lines.join('\n');
}
