/**
 * Markdown summary of a cached report, sized for a pull-request comment. Fresh results are counted and
 * sectioned by `classify`: claim failures, errors and findings apart; stale and missing carry no verdict.
 * With a base (`--against`), what changed against it comes first: verdicts flipped, values moved
 * beyond their declared drift, checks gone or new; then the summary.
 */
import type { CheckResult, Environment, Outcome } from '../core/result.js';
import { classify } from '../core/result.js';
import type { CachedDiff, DiffRow } from './baseline.js';
import { backendName } from './baseline.js';
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

/** The one-line why a check recorded (a note, the judge's reason, the unmet hypothesis); empty when none. */
export function whyOf(r: CheckResult | null): string {
  if (!r || (r.status !== 'pass' && r.status !== 'fail')) return '';
  for (const k of ['note', 'reason', 'hypotheses_unmet']) {
    const v = r.detail?.[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return '';
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
      [`margin ${formatNumber(r.margin)}`, whyOf(r)].filter(Boolean).join('; '),
    ];
  return `| ${[c.theorem, `\`${c.name}\``, statusText(c), ...rest].map(cell).join(' | ')} |`;
}

const header = '| theorem | check | status | measured | expected | tolerance | note |\n|---|---|---|---:|---:|---|---|';

export interface MarkdownOptions {
  /** A base to diff against (`--against`): its name as the user gave it, and the diff. */
  readonly against?: {
    readonly name: string;
    readonly diff: CachedDiff;
    /** What the base was recorded with, when it says (a baseline file does): named when it differs from the results'. */
    readonly seed?: number;
    readonly budget?: string;
  };
  /** The installation rendering the report (versions in the header). */
  readonly environment?: Pick<Environment, 'optverify' | 'node' | 'versions'>;
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/** Budget, seed, backend, versions, when, how long: what the numbers were measured under. */
export function headerLine(report: CachedReport, env?: MarkdownOptions['environment']): string {
  const fresh = report.theorems.flatMap((t) => t.checks).filter((c) => c.freshness === 'fresh');
  const budgets = uniq(fresh.flatMap((c) => (c.budget ? [c.budget] : [])));
  const backends = uniq(
    fresh.flatMap((c) => {
      const b = c.result && 'detail' in c.result ? c.result.detail?.backend : undefined;
      return typeof b === 'string' ? [backendName(b)] : [];
    }),
  );
  const times = uniq(fresh.flatMap((c) => (c.at ? [c.at] : [])));
  const seconds = fresh.reduce((t, c) => t + (c.result?.ms ?? 0), 0) / 1000;
  const when =
    times.length === 0 ? 'no current results' : times.length === 1 ? times[0] : `${times[0]} – ${times.at(-1)}`;
  const versions = env
    ? [`optverify ${env.optverify}`, `node ${env.node}`, ...Object.entries(env.versions).map(([k, v]) => `${k} ${v}`)]
    : [];
  return [
    `budget ${budgets.join(', ') || '—'}`,
    `seed ${report.seed}`,
    `backend ${backends.length > 0 ? backends.join(', ') : 'float64 only'}`,
    ...(versions.length > 0 ? [versions.join(', ')] : []),
    `recorded ${when}`,
    `${seconds.toFixed(1)} s of check time`,
  ].join(' · ');
}

const changeLabel: Readonly<Record<DiffRow['kind'], string>> = {
  verdict: '❌ verdict flipped',
  drift: '📈 moved beyond drift',
  disappeared: '⚪ gone',
  new: '🆕 new',
  ok: 'unchanged',
  'not-compared': 'not compared',
};
const sci = (x: number | null): string => (x === null ? '—' : x.toExponential(2));

/** The diff section: only what changed against the base, or one line saying nothing did. */
function diffSection(report: CachedReport, against: NonNullable<MarkdownOptions['against']>): string[] {
  const { name, diff } = against;
  const byId = new Map(report.theorems.flatMap((t) => t.checks.map((c) => [`${t.id}/${c.name}`, c] as const)));
  const lines = [`### Changes against \`${name}\`${diff.changed.length > 0 ? ` (${diff.changed.length})` : ''}`, ''];
  if (diff.changed.length === 0)
    lines.push(
      `No change against \`${name}\`: ${diff.compared} checks compared, every verdict the same and every value within its declared drift.`,
    );
  else {
    lines.push('| check | change | base | now | drift | allowed | why |', '|---|---|---|---|---:|---:|---|');
    for (const r of diff.changed) {
      const c = byId.get(`${r.theorem}/${r.check}`);
      const why = [whyOf(c?.result ?? null), r.keyChanged ? 'inputs changed (code, settings or expectation)' : '']
        .filter(Boolean)
        .join('; ');
      lines.push(
        `| ${[`\`${r.theorem}/${r.check}\``, changeLabel[r.kind], r.baseline, r.now, sci(r.drift), sci(r.allowed), why].map(cell).join(' | ')} |`,
      );
    }
  }
  const budgets = uniq(report.theorems.flatMap((t) => t.checks.flatMap((c) => (c.budget ? [c.budget] : []))));
  const setup = [
    ...(against.seed !== undefined && against.seed !== report.seed
      ? [`seed ${against.seed} (here ${report.seed})`]
      : []),
    ...(against.budget !== undefined && budgets.length > 0 && budgets.some((b) => b !== against.budget)
      ? [`budget ${against.budget} (here ${budgets.join(', ')})`]
      : []),
  ];
  if (setup.length > 0)
    lines.push('', `⚠️ The base was recorded with ${setup.join(' and ')}: values differ for that reason too.`);
  if (diff.notCurrent.length > 0)
    lines.push(
      '',
      `${plural(diff.notCurrent.length, 'check')} of the base with no current result (stale or missing), not compared: ${diff.notCurrent.map((k) => `\`${k}\``).join(', ')}.`,
    );
  if (diff.notCompared.length > 0)
    lines.push(
      '',
      `${plural(diff.notCompared.length, 'training-backed check')} not compared: ${uniq(diff.notCompared.map((r) => r.note ?? 'another backend')).join('; ')}.`,
    );
  return [...lines, ''];
}

/** Render the summary: per-theorem verdicts, one section per kind of attention, the full table folded. */
export function renderMarkdown(report: CachedReport, opts: MarkdownOptions = {}): string {
  const s = report.summary;
  const o = s.outcomes;
  const lines: string[] = [];
  lines.push(
    `## optverify: ${o.pass} pass · ${plural(o['claim-failure'], 'claim failure')} · ${plural(o.error, 'error')} · ${plural(o.finding, 'finding')} · ${o.skip} skip · ${s.stale} stale · ${s.missing} missing (of ${s.total})`,
  );
  lines.push('');
  lines.push(headerLine(report, opts.environment));
  lines.push('');
  if (opts.against) lines.push(...diffSection(report, opts.against));
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

/** GitHub workflow-command escaping: data (%, CR, LF) and, in properties, also `:` and `,`. */
const ghData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string): string => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::error file=…,title=…::…` lines, one per claim failure (fresh results only), for GitHub Actions to
 * annotate the claim file. `fileOf` gives a theorem's claim file relative to the repository, or null.
 */
export function githubAnnotations(report: CachedReport, fileOf: (theorem: string) => string | null): string[] {
  const out: string[] = [];
  for (const t of report.theorems)
    for (const c of t.checks) {
      const r = c.result;
      if (outcomeOf(c) !== 'claim-failure' || !r || (r.status !== 'pass' && r.status !== 'fail')) continue;
      const file = fileOf(t.id);
      const props = [...(file ? [`file=${ghProperty(file)}`] : []), `title=${ghProperty(`${t.id} ${c.name} fails`)}`];
      const numbers = `measured ${formatNumber(r.measured)}, expected ${formatNumber(r.expected)} ${describeTolerance(r.tolerance)}, margin ${formatNumber(r.margin)}`;
      const why = whyOf(r);
      out.push(
        `::error ${props.join(',')}::${ghData(`${t.paper} ${t.labels.join(', ')}: ${numbers}${why ? ` — ${why}` : ''}`)}`,
      );
    }
  return out;
}
