/** Self-contained HTML report (inline CSS and SVG, no script, no network) from a cached report. */
import { classify } from '../core/result.js';
import { findPaper } from '../../theorems/papers/registry.js';
import { describeTolerance } from '../core/tolerance.js';
import type { CachedCheck, CachedReport, CachedTheorem } from './from-store.js';
import { outcomeLabel, outcomeOf, theoremVerdict } from './from-store.js';
import { claimVerdict } from './verdict.js';
import type { RenderedFigure } from './figures/collect.js';
import { figureKey } from './figures/collect.js';
import { formatNumber } from './format.js';
import { falsifyHtml } from './falsify-section.js';
import { escapeHtml, proseToHtml, texToMathml } from './math.js';
import type { Provenance } from './provenance.js';
import { formatDuration, provenanceOf } from './provenance.js';

export { escapeHtml } from './math.js';
const esc = escapeHtml;
const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
const anchor = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '-');

const css = `
td.wrap{overflow-wrap:anywhere;max-width:28em}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1180px;padding:16px 24px;color:#1b1b1b;background:#fff;overflow-wrap:break-word}
*,*::before,*::after{box-sizing:border-box}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:32px}
h3{font-size:16px;margin:0 0 4px}article{border:1px solid #ddd;border-radius:6px;padding:12px 16px;margin:16px 0;min-width:0}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;vertical-align:middle;overflow-wrap:normal}
.v-pass{background:#2e7d32}.v-fail,.v-claim-failure{background:#c62828}.v-error{background:#ad1457}.v-finding{background:#6a1b9a}.v-skip{background:#757575}.v-incomplete,.v-stale{background:#ef6c00}.v-missing,.v-empty{background:#9e9e9e}
.labels{color:#555;font-size:12px}.statement{margin:6px 0}.math{font-size:15px;background:#f7f7f7;padding:6px 10px;border-radius:4px;overflow-x:auto}
math{font-family:"STIX Two Math","Cambria Math","Latin Modern Math",math}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin:8px 0}th,td{border-bottom:1px solid #e5e5e5;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#fafafa;white-space:nowrap}td.num{font-family:ui-monospace,monospace;white-space:nowrap}td.method{min-width:12em;overflow-wrap:anywhere}td.source{min-width:8em;overflow-wrap:anywhere}
tr.stale td{color:#8a6d3b;background:#fff8e1}tr.missing td{color:#888;background:#f5f5f5}
tr.informational td:first-child::after{content:" (informational)";color:#6a1b9a;font-size:11px}
.cex{display:block;font-size:11.5px}
details.passing>summary{cursor:pointer;color:#2e7d32;font-size:13px}
.figures{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;border:1px solid #eee;padding:4px;max-width:100%}figcaption{font-size:11px;color:#666}figure svg{display:block;max-width:100%;height:auto}
.summary span{margin-right:12px}.note{color:#8a6d3b;font-size:12px}nav ul{columns:2 18em;font-size:13px}
td .src-inline{display:none;color:#555;font-size:11.5px;margin-top:2px}
@media (max-width:1000px){th.source,td.source{display:none}td .src-inline{display:block}}
dl.provenance{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:13px;margin:8px 0}dl.provenance dt{color:#555}dl.provenance dd{margin:0}
`;

/** Numbers as a reader writes them: ∞ rather than JSON's null or "Infinity". */
export function numberText(x: number): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  return formatNumber(x);
}

/** Status cell: the verdict for fresh results; stale results never show as current. */
function statusCell(c: CachedCheck): string {
  if (c.freshness === 'missing') return '<span class="badge v-missing">missing</span>';
  const s = c.result!.status;
  if (c.freshness === 'stale')
    return `<span class="badge v-stale">stale</span> <span class="note">was ${esc(s)} at ${esc(c.at ?? '')}</span>`;
  const o = classify(c.result!);
  // a finding is never shown as a failure: its own badge, with what it was (an informational fail or error)
  if (o === 'finding')
    return `<span class="badge v-finding">finding</span> <span class="note">${esc(s)}, outside the claim’s scope</span>`;
  return `<span class="badge v-${o}">${esc(outcomeLabel[o])}</span>`;
}

function checkRow(c: CachedCheck): string {
  const cls = [c.freshness, c.result?.informational ? 'informational' : ''].filter(Boolean).join(' ');
  const r = c.result;
  const num = (x: number): string =>
    `<td class="num">${c.freshness === 'stale' ? 'was ' : ''}${esc(numberText(x))}</td>`;
  let cells: string;
  if (!r)
    cells =
      '<td colspan="7">never run with the current code and settings — run <code>verify theorem ' +
      esc(c.theorem) +
      '</code></td>';
  else if (r.status === 'skip') cells = `<td colspan="7">skipped: ${proseToHtml(r.reason)}</td>`;
  else if (r.status === 'error') cells = `<td colspan="7">${esc(r.error.code)}: ${proseToHtml(r.error.message)}</td>`;
  else {
    const note = typeof r.detail?.note === 'string' ? `<div class="note">${proseToHtml(r.detail.note)}</div>` : '';
    const cex = r.counterexample
      ? `<code class="cex note">counterexample ${esc(
          Object.entries(r.counterexample)
            .map(([k, v]) => `${k} = ${typeof v === 'number' ? numberText(v) : String(v)}`)
            .join(', '),
        )}</code>`
      : '';
    cells = `${num(r.measured)}${num(r.expected)}<td>${esc(describeTolerance(r.tolerance))}</td>${num(r.margin)}<td class="method">${proseToHtml(r.method)}${note}${cex}<div class="src-inline">source: ${proseToHtml(r.source)}</div></td><td class="source">${proseToHtml(r.source)}</td>`;
  }
  // a check name may break after its underscores, nowhere else
  const name = esc(c.name).replace(/_/g, '_<wbr>');
  return `<tr class="${cls}" id="${anchor(`${c.theorem}--${c.name}`)}"><td><code>${name}</code></td><td>${esc(c.layer)}</td><td>${statusCell(c)}</td>${cells}</tr>`;
}

const tableHead =
  '<thead><tr><th>check</th><th>layer</th><th>status</th><th>measured</th><th>expected</th><th>tolerance</th><th>margin</th><th>method</th><th class="source">source</th></tr></thead>';
const checksTable = (checks: readonly CachedCheck[]): string =>
  `<div class="scroll"><table class="checks">${tableHead}<tbody>${checks.map(checkRow).join('\n')}</tbody></table></div>`;

/** Checks that need a look (anything but a fresh pass) open; passing ones folded into a closed `<details>`. */
function checksBlock(checks: readonly CachedCheck[]): string {
  const passing = checks.filter((c) => outcomeOf(c) === 'pass');
  const rest = checks.filter((c) => outcomeOf(c) !== 'pass');
  return (
    (rest.length ? checksTable(rest) : '') +
    (passing.length
      ? `<details class="passing"><summary>${plural(passing.length, 'passing check')}</summary>${checksTable(passing)}</details>`
      : '')
  );
}

/** The verdict on the claim first (evidence checks only, fresh results only), with its one-line why. */
function claimLine(t: CachedTheorem): string {
  const fresh = t.checks.filter((c) => c.freshness === 'fresh').map((c) => c.result!);
  if (fresh.length === 0) return '';
  const v = claimVerdict(fresh);
  return `<p class="claim-verdict" data-claim="${v.verdict}"><strong>The claim: ${esc(v.label)}</strong> — ${proseToHtml(v.why)}</p>`;
}

function theoremSection(t: CachedTheorem, figures: ReadonlyMap<string, readonly RenderedFigure[]>): string {
  const v = theoremVerdict(t);
  const stale = t.checks.filter((c) => c.freshness === 'stale').length;
  const missing = t.checks.filter((c) => c.freshness === 'missing').length;
  const findings = t.checks.filter((c) => outcomeOf(c) === 'finding').length;
  const note =
    stale || missing
      ? `<p class="note">${stale} stale, ${missing} missing: rerun <code>verify theorem ${esc(t.id)}</code> to refresh.</p>`
      : '';
  const figs = t.checks.flatMap((c) =>
    (figures.get(figureKey(t.id, c.name)) ?? []).map(
      (f) =>
        `<figure data-check="${esc(c.name)}" data-kind="${esc(f.kind)}">${f.svg}<figcaption>${esc(c.name)} · ${esc(f.kind)}</figcaption></figure>`,
    ),
  );
  return `<article class="theorem" id="${anchor(t.id)}" data-verdict="${v}">
<h3>${esc(t.id)} <span class="badge v-${v}">${v}</span>${findings ? ` <span class="badge v-finding">${plural(findings, 'finding')}</span>` : ''}</h3>
<div class="labels">${esc(t.labels.join(' · '))} — ${proseToHtml(t.title)}</div>
${claimLine(t)}
${t.statement.text ? `<p class="statement">${proseToHtml(t.statement.text)}</p>` : ''}${t.statement.latex ? `<div class="math">${texToMathml(t.statement.latex, true)}</div>` : ''}
${note}${checksBlock(t.checks)}
${figs.length ? `<div class="figures">${figs.join('\n')}</div>` : ''}
</article>`;
}

/** Budget, seed, backend, versions, when and how long: what a reader needs to reproduce the numbers. */
function provenanceBlock(p: Provenance): string {
  const when =
    p.firstAt === null
      ? 'no fresh result'
      : p.firstAt === p.lastAt
        ? esc(p.firstAt)
        : `${esc(p.firstAt)} – ${esc(p.lastAt ?? '')}`;
  const row = (k: string, v: string): string => `<dt>${k}</dt><dd>${v}</dd>`;
  return `<dl class="provenance">${[
    row('budget', esc(p.budgets.join(', ') || 'none')),
    row('seed', String(p.seed)),
    row('backend', esc(p.backends.join(', ') || 'no training check')),
    row('results from', when),
    row('checks took', `${esc(formatDuration(p.checkMs))} (sum of the fresh checks’ own run times)`),
    row('report made', esc(p.generatedAt)),
    row(
      'versions',
      Object.entries(p.versions)
        .map(([k, v]) => `${esc(k)} ${esc(v)}`)
        .join(' · '),
    ),
  ].join('')}</dl>`;
}

/** The whole document. `figures` comes from `renderReportFigures` (keyed by theorem/check). */
export function renderHtml(
  report: CachedReport,
  figures: ReadonlyMap<string, readonly RenderedFigure[]> = new Map(),
  provenance: Provenance = provenanceOf(report),
): string {
  const s = report.summary;
  const o = s.outcomes;
  const byPaper = new Map<string, CachedTheorem[]>();
  for (const t of report.theorems) byPaper.set(t.paper, [...(byPaper.get(t.paper) ?? []), t]);
  const sections = [...byPaper].map(
    ([paper, ts]) =>
      `<section class="paper" id="paper-${anchor(paper)}"><h2>${esc(paper)} — ${esc(findPaper(paper)?.title ?? '')}</h2>\n${ts.map((t) => theoremSection(t, figures)).join('\n')}</section>`,
  );
  const toc = report.theorems
    .map(
      (t) =>
        `<li><a href="#${anchor(t.id)}">${esc(t.id)}</a> <span class="badge v-${theoremVerdict(t)}">${theoremVerdict(t)}</span></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="optverify ${esc(report.schema)} v${report.schemaVersion}">
<title>optverify report</title><style>${css}</style></head>
<body><header><h1>optverify report</h1>
<p>Generated ${esc(report.generatedAt)} from the result store <code>${esc(report.store)}</code> (seed ${report.seed}); nothing was recomputed.
Only <em>fresh</em> results (key equal to the current code, settings and expectation) carry a verdict; <em>stale</em> ones are shown as “was …”.
A <em>finding</em> is an informational check outside the claim’s stated scope that failed or could not be measured: reported, never a failure.</p>
${provenanceBlock(provenance)}
<p class="summary"><span class="badge v-pass">${o.pass} pass</span><span class="badge v-claim-failure">${plural(o['claim-failure'], 'claim failure')}</span><span class="badge v-error">${plural(o.error, 'error')}</span><span class="badge v-finding">${plural(o.finding, 'finding')}</span><span class="badge v-skip">${o.skip} skip</span><span class="badge v-stale">${s.stale} stale</span><span class="badge v-missing">${s.missing} missing</span> of ${s.total} checks</p>
<nav><ul>${toc}</ul></nav></header>
${sections.join('\n')}
${falsifyHtml(report.falsify, esc)}
</body></html>
`;
}
