/**
 * The "falsify" section of the HTML and Markdown reports: per target, how hard the claim was attacked
 * (evaluations, rounds, wall time, seed) and what came closest to breaking it (the worst point inside the
 * stated scope against the threshold, the worst anywhere, the shrunk form, the replay command).
 */
import type { FalsifyPoint } from '../core/falsify.js';
import type { Finding } from '../falsify/driver.js';
import type { CachedFalsify } from './from-store.js';
import { formatNumber } from './format.js';

const verdictWords = {
  fail: 'claim failure: a break inside the stated scope',
  finding: 'finding: breaks outside the stated scope only',
  none: 'no break found',
} as const;

const pointText = (p: FalsifyPoint): string =>
  Object.entries(p)
    .map(([k, v]) => `${k} = ${formatNumber(v)}`)
    .join(', ');

/** The one-line status of an entry (verdict, or why there is none). */
export function falsifyStatus(e: CachedFalsify): string {
  if (!e.result) return `not attacked: run \`verify falsify ${e.target}\``;
  const v = verdictWords[e.result.verdict];
  return e.freshness === 'stale' ? `stale (code changed since; was ${v})` : v;
}

/** "how hard": evaluations, rounds, time, seed. */
function effort(e: CachedFalsify): string {
  const r = e.result!;
  const na = r.uncomputable > 0 ? `, ${r.uncomputable} not computable` : '';
  return `${r.evaluations} evaluations in ${r.rounds} round(s), ${(r.wallMs / 1000).toFixed(1)} s, seed ${r.seed}${na}`;
}

function closest(f: Finding | null, threshold: number): string {
  if (!f) return 'none evaluated';
  const rel = f.breaks ? '>' : '≤';
  const shrunk = f.shrunk ? `; shrunk: ${formatNumber(f.shrunk.value)} at ${pointText(f.shrunk.point)}` : '';
  return `${formatNumber(f.value)} ${rel} ${formatNumber(threshold)} at ${pointText(f.point)}${shrunk}`;
}

/** The worst point in scope and the worst anywhere, once each (they are often the same point). */
const replayPoints = (e: CachedFalsify): Finding[] =>
  [e.result?.worstInScope, e.result?.worst].filter(
    (f, i, a): f is Finding => !!f && a.findIndex((g) => g?.token === f.token) === i,
  );

const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown: one table row per target, tokens folded below. Empty string when there are no targets. */
export function falsifyMarkdown(entries: readonly CachedFalsify[] | undefined): string {
  if (!entries || entries.length === 0) return '';
  const rows = entries.map((e) => {
    const r = e.result;
    const cells = r
      ? [e.target, falsifyStatus(e), effort(e), closest(r.worstInScope, r.threshold), closest(r.worst, r.threshold)]
      : [e.target, falsifyStatus(e), '', '', ''];
    return `| ${cells.map(mdCell).join(' | ')} |`;
  });
  const tokens = entries.flatMap((e) =>
    replayPoints(e).map(
      (f) => `- \`${e.target}\` (${f.inScope ? 'in scope' : 'outside scope'}): \`verify falsify --replay ${f.token}\``,
    ),
  );
  return [
    '## Falsify: how hard each claim was attacked',
    '',
    '| target | verdict | effort | closest inside the scope | worst anywhere |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    ...(tokens.length ? ['<details><summary>replay commands</summary>', '', ...tokens, '', '</details>', ''] : []),
  ].join('\n');
}

/** HTML: a table per report, the replay tokens in a collapsed details element. `esc` escapes text. */
export function falsifyHtml(entries: readonly CachedFalsify[] | undefined, esc: (s: string) => string): string {
  if (!entries || entries.length === 0) return '';
  const cls = (e: CachedFalsify) =>
    !e.result || e.freshness !== 'fresh'
      ? 'v-stale'
      : e.result.verdict === 'fail'
        ? 'v-claim-failure'
        : e.result.verdict === 'finding'
          ? 'v-finding'
          : 'v-pass';
  const rows = entries.map((e) => {
    const r = e.result;
    const replayList = replayPoints(e)
      .map(
        (f) =>
          `<li>${f.inScope ? 'in scope' : 'outside scope'}: <code>verify falsify --replay ${esc(f.token)}</code></li>`,
      )
      .join('');
    const cells = r
      ? [
          esc(effort(e)),
          esc(closest(r.worstInScope, r.threshold)),
          esc(closest(r.worst, r.threshold)),
          `<details><summary>objective, scope, replay</summary><p>${esc(r.objective)}; breaks where &gt; ${esc(formatNumber(r.threshold))} (${esc(r.thresholdSource)}). Scope: ${esc(r.scope)}.</p><ul>${replayList}</ul></details>`,
        ]
      : ['', '', '', ''];
    return `<tr><td><code>${esc(e.target)}</code><br>${esc(r?.labels.join(', ') ?? '')}</td><td><span class="badge ${cls(e)}">${esc(falsifyStatus(e))}</span></td>${cells.map((c) => `<td class="wrap">${c}</td>`).join('')}</tr>`;
  });
  return `<section class="falsify" id="falsify"><h2>Falsify: how hard each claim was attacked</h2>
<p>Targeted counterexample search (<code>verify falsify</code>): random starts, compass search, shrinking. A break inside the claim's stated scope is a claim failure; outside it, an informational finding.</p>
<div class="scroll"><table class="checks"><thead><tr><th>target</th><th>verdict</th><th>effort</th><th>closest inside the scope</th><th>worst anywhere</th><th>details</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></section>`;
}
