/** Plain-text rendering of falsify results and replays (the CLI prints it; JSON is the objects themselves). */
import type { FalsifyPoint } from '../core/falsify.js';
import type { FalsifyResult, Replayed } from './driver.js';

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e6 ? Number(x.toPrecision(6)).toString() : x.toExponential(4);
}

/** A point as `name=value` pairs, every value in full (shortest round-trip decimal). */
export const pointText = (p: FalsifyPoint): string =>
  Object.entries(p)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

const verdictText = {
  fail: 'FAIL (break inside the stated scope)',
  finding: 'finding (break outside the scope only, informational)',
  none: 'no break found',
} as const;

export function renderResults(results: readonly FalsifyResult[]): string {
  const lines: string[] = [];
  const rows = results.map((r) => [
    r.target,
    r.verdict,
    num(r.worst?.value ?? NaN),
    r.worst ? (r.worst.inScope ? 'in' : 'out') : '-',
    num(r.worstInScope?.value ?? NaN),
    num(r.threshold),
    String(r.evaluations),
    String(r.uncomputable),
    `${(r.wallMs / 1000).toFixed(2)}`,
  ]);
  const head = ['target', 'verdict', 'worst', 'scope', 'worst in scope', 'threshold', 'evals', 'n/a', 's'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  lines.push(fmt(head), ...rows.map(fmt), '');
  for (const r of results) {
    lines.push(`${r.target}  (${r.labels.join(', ')}): ${verdictText[r.verdict]}`);
    lines.push(`  claim: ${r.statement}`);
    lines.push(`  objective: ${r.objective}; breaks where > ${num(r.threshold)} (${r.thresholdSource})`);
    lines.push(`  scope: ${r.scope}`);
    lines.push(
      `  seed ${r.seed}: ${r.evaluations} evaluations in ${r.rounds} round(s), ${(r.wallMs / 1000).toFixed(2)} s`,
    );
    if (r.uncomputable > 0)
      lines.push(`  not computable at ${r.uncomputable} point(s) (never counted as breaks): ${r.uncomputableReason}`);
    const show = (label: string, f: FalsifyResult['worst']) => {
      if (!f) return lines.push(`  ${label}: none evaluated`);
      lines.push(
        `  ${label}: ${num(f.value)} ${f.breaks ? '>' : '≤'} ${num(r.threshold)} at ${pointText(f.point)} (${f.inScope ? 'inside' : 'outside'} scope)`,
      );
      if (f.detail)
        lines.push(
          `    ${Object.entries(f.detail)
            .map(([k, v]) => `${k}=${num(v)}`)
            .join(' ')}`,
        );
      lines.push(`    replay: ${f.token}`);
      if (f.shrunk) {
        lines.push(`    shrunk: ${num(f.shrunk.value)} at ${pointText(f.shrunk.point)}`);
        lines.push(`    replay: ${f.shrunk.token}`);
      }
    };
    show('worst', r.worst);
    if (r.worstInScope !== r.worst && r.worstInScope?.token !== r.worst?.token) show('worst in scope', r.worstInScope);
    if (r.surface) {
      const s = r.surface;
      lines.push(`  ${s.label}`);
      lines.push(`    ${s.y.name}\\${s.x.name}`.padEnd(16) + s.x.values.map((x) => num(x).padStart(12)).join(''));
      s.values.forEach((row, i) =>
        lines.push(`    ${num(s.y.values[i])}`.padEnd(16) + row.map((v) => num(v).padStart(12)).join('')),
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function renderReplay(r: Replayed): string {
  return [
    `${r.target}  replay of seed ${r.seed} at ${pointText(r.point)}`,
    `  objective ${r.value === null ? `not computable (${r.reason})` : String(r.value)}; recorded ${r.recorded}; ${r.identical ? 'identical (bit for bit)' : 'DIFFERENT'}`,
    `  ${r.breaks ? 'breaks the claim' : 'does not break the claim'}, ${r.inScope ? 'inside' : 'outside'} the stated scope`,
    ...(r.detail
      ? [
          `  ${Object.entries(r.detail)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`,
        ]
      : []),
  ].join('\n');
}
