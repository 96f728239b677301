/**
 * Markdown summary of a cached report, sized for a pull-request comment. Fresh results are counted and
 * sectioned by `classify`: claim failures, errors and findings apart; stale and missing carry no verdict.
 */
import type { Outcome } from '../core/result.js';
import { classify } from '../core/result.js';
import { describeTolerance } from '../core/tolerance.js';
import type { CachedCheck, CachedReport } from './from-store.js';
import { outcomeLabel, outcomeOf, theoremVerdict } from './from-store.js';
import { claimVerdict } from './verdict.js';
import { formatNumber } from './format.js';
import { falsifyMarkdown } from './falsify-section.js';

const icon: Readonly<Record<string, string>> = {
  pass: '✅',
  fail: '❌',
  error: '💥',
  skip: '⏭️',
  incomplete: '🟠',
  stale: '🟠',
  missing: '⚪',
  empty: '⚪',
  'claim-failure': '❌',
  finding: '🔎',
};
const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
/** Escape a Markdown table cell. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The outcome of a fresh check; null for stale and missing ones (they carry no verdict). */

function statusText(c: CachedCheck): string {
  if (c.freshness === 'missing') return `${icon.missing} missing`;
  if (c.freshness === 'stale') return `${icon.stale} stale (was ${c.result!.status})`;
  const o = classify(c.result!);
  // a finding says what it was: an informational fail or an informational error
  return o === 'finding' ? `${icon.finding} finding (${c.result!.status})` : `${icon[o]} ${outcomeLabel[o]}`;
}

function row(c: CachedCheck): string {
  const r = c.result;
  const was = c.freshness === 'stale' ? 'was ' : '';
  let rest: string[];
  if (!r) rest = ['', '', '', 'never run with the current code'];
  else if (r.status === 'skip') rest = ['', '', '', `skipped: ${r.reason}`];
  else if (r.status === 'error') rest = ['', '', '', `${r.error.code}: ${r.error.message}`];
  else
    rest = [
      `${was}${formatNumber(r.measured)}`,
      formatNumber(r.expected),
      describeTolerance(r.tolerance),
      `margin ${formatNumber(r.margin)}`,
    ];
  return `| ${[c.theorem, `\`${c.name}\``, statusText(c), ...rest].map(cell).join(' | ')} |`;
}

const header = '| theorem | check | status | measured | expected | tolerance | note |\n|---|---|---|---:|---:|---|---|';

/** Render the summary: per-theorem verdicts, one section per kind of attention, the full table folded. */
export function renderMarkdown(report: CachedReport): string {
  const s = report.summary;
  const o = s.outcomes;
  const lines: string[] = [];
  lines.push(
    `## optverify: ${o.pass} pass · ${plural(o['claim-failure'], 'claim failure')} · ${plural(o.error, 'error')} · ${plural(o.finding, 'finding')} · ${o.skip} skip · ${s.stale} stale · ${s.missing} missing (of ${s.total})`,
  );
  lines.push('');
  lines.push(
    `From the result store \`${report.store}\` at ${report.generatedAt} (seed ${report.seed}); stale results carry no verdict. Findings are informational checks outside the claims' scope: reported, never failures.`,
  );
  lines.push('');
  lines.push(
    '| paper | theorem | labels | verdict | the claim (evidence checks only) | pass | claim failures | errors | findings | skip | stale | missing |',
  );
  lines.push('|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const t of report.theorems) {
    const n = (f: (c: CachedCheck) => boolean): number => t.checks.filter(f).length;
    const is = (x: Outcome) => (c: CachedCheck) => outcomeOf(c) === x;
    const v = theoremVerdict(t);
    const fresh = t.checks.filter((c) => c.freshness === 'fresh').map((c) => c.result!);
    const claim = fresh.length > 0 ? claimVerdict(fresh) : null;
    lines.push(
      `| ${[t.paper, `\`${t.id}\``, t.labels.join(', '), `${icon[v]} ${v}`, claim ? `**${claim.label}** — ${claim.why}` : '—', n(is('pass')), n(is('claim-failure')), n(is('error')), n(is('finding')), n(is('skip')), n((c) => c.freshness === 'stale'), n((c) => c.freshness === 'missing')].map((x) => cell(String(x))).join(' | ')} |`,
    );
  }
  const all = report.theorems.flatMap((t) => t.checks);
  const section = (title: string, note: string, checks: readonly CachedCheck[]): void => {
    if (checks.length > 0)
      lines.push('', `### ${title} (${checks.length})`, '', ...(note ? [note, ''] : []), header, ...checks.map(row));
  };
  section(
    'Claim failures',
    '',
    all.filter((c) => outcomeOf(c) === 'claim-failure'),
  );
  section(
    'Errors',
    'Checks of the claims that could not be judged.',
    all.filter((c) => outcomeOf(c) === 'error'),
  );
  section(
    'Findings',
    'Informational checks outside the claims’ stated scope that failed or could not be measured; they do not fail the run.',
    all.filter((c) => outcomeOf(c) === 'finding'),
  );
  section(
    'Not current',
    'Stale (recorded under older code, settings or expectation) or never run: no verdict.',
    all.filter((c) => c.freshness !== 'fresh'),
  );
  lines.push(
    '',
    `<details><summary>All checks (${all.length})</summary>`,
    '',
    header,
    ...all.map(row),
    '',
    '</details>',
    '',
  );
  const falsify = falsifyMarkdown(report.falsify);
  if (falsify) lines.push(falsify);
  return lines.join('\n');
}
