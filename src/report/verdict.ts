/**
 * The verdict on a claim, first: one line a reviewer reads before any table. Only `evidence` checks decide
 * it (consistency and regression checks test the tool, not the paper); a run that could not meet the
 * claim's hypotheses never decides it either way.
 */
import type { CheckResult, JudgedResult } from '../core/result.js';
import { formatNumber } from './format.js';
import { describeTolerance } from '../core/tolerance.js';

export type ClaimVerdict =
  | 'fails'
  | 'undecided'
  | 'holds'
  | 'holds-where-tested'
  | 'holds-with-findings'
  | 'not-reproduced'
  | 'not-run';

export interface VerdictLine {
  readonly verdict: ClaimVerdict;
  /** "holds", "fails", … as a reviewer reads it. */
  readonly label: string;
  /** One line: which checks decided it, with their numbers. */
  readonly why: string;
}

const labels: Readonly<Record<ClaimVerdict, string>> = {
  fails: 'fails',
  undecided: 'undecided (a check errored)',
  holds: 'holds',
  'holds-where-tested': 'holds where tested (some checks not reproduced or not run)',
  'holds-with-findings': 'holds where tested, with findings',
  'not-reproduced': 'not reproduced (hypotheses not met)',
  'not-run': 'not run',
};

const isEvidence = (r: CheckResult): boolean => (r.kind ?? 'evidence') === 'evidence';
const unmet = (r: CheckResult): string | null =>
  (r.status === 'pass' || r.status === 'fail') && typeof r.detail?.hypotheses_unmet === 'string'
    ? r.detail.hypotheses_unmet
    : null;
const numbers = (r: JudgedResult): string =>
  `${r.name} ${formatNumber(r.measured)} vs ${formatNumber(r.expected)} ${describeTolerance(r.tolerance)}`;
const list = (rs: readonly JudgedResult[], n = 2): string =>
  rs.slice(0, n).map(numbers).join('; ') + (rs.length > n ? `; +${rs.length - n} more` : '');

/** The claim's verdict from its checks' results (see the module comment). */
export function claimVerdict(checks: readonly CheckResult[]): VerdictLine {
  const ev = checks.filter(isEvidence);
  const judged = (r: CheckResult): r is JudgedResult => r.status === 'pass' || r.status === 'fail';
  const failures = ev.filter((r): r is JudgedResult => r.status === 'fail' && !r.informational);
  const errors = ev.filter((r) => r.status === 'error' && !r.informational);
  const notReproduced = ev.filter((r): r is JudgedResult => judged(r) && unmet(r) !== null);
  const findings = ev.filter((r): r is JudgedResult => r.status === 'fail' && r.informational && unmet(r) === null);
  const passed = ev.filter((r): r is JudgedResult => r.status === 'pass' && !r.informational);
  const skipped = ev.filter((r) => r.status === 'skip' && !r.informational);
  const line = (verdict: ClaimVerdict, why: string): VerdictLine => ({ verdict, label: labels[verdict], why });
  if (failures.length > 0) return line('fails', list(failures));
  if (errors.length > 0)
    return line('undecided', errors.map((r) => `${r.name}: ${r.status === 'error' ? r.error.code : ''}`).join('; '));
  if (passed.length === 0 && notReproduced.length > 0)
    return line('not-reproduced', `${notReproduced[0].name}: ${unmet(notReproduced[0])}`);
  if (passed.length === 0)
    return line('not-run', `${checks.filter((r) => r.status === 'skip').length} check(s) skipped`);
  const extra = [
    ...(findings.length > 0 ? [`findings: ${list(findings)}`] : []),
    ...(notReproduced.length > 0
      ? [`not reproduced: ${notReproduced.map((r) => r.name).join(', ')} (hypotheses not met)`]
      : []),
    ...(skipped.length > 0 ? [`not run: ${skipped.map((r) => r.name).join(', ')}`] : []),
  ];
  const verdict =
    findings.length > 0
      ? 'holds-with-findings'
      : notReproduced.length + skipped.length > 0
        ? 'holds-where-tested'
        : 'holds';
  return line(verdict, [`${passed.length} evidence check(s) pass`, ...extra].join('; '));
}
