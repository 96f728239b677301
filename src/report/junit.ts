/**
 * JUnit XML: one testsuite per theorem, one testcase per check, classified by `classify`:
 * a claim failure is a `<failure>`, an error an `<error>`, a skip `<skipped>`; a finding (informational
 * check that failed or errored) is a *passing* testcase carrying `<properties>` (outcome = finding) and a
 * `<system-out>` that starts with "finding:", so CI counts exactly what the exit status counts.
 */
import type { CheckResult, JudgedResult, Report } from '../core/result.js';
import { classify, summarize } from '../core/result.js';
import { describeTolerance } from '../core/tolerance.js';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const judgedText = (r: JudgedResult): string =>
  `measured ${r.measured}, expected ${r.expected} (${describeTolerance(r.tolerance)})`;

/** The text of a finding: what was measured outside the claim's scope, or why it could not be measured. */
function findingText(r: CheckResult): string {
  const what =
    r.status === 'fail'
      ? `${judgedText(r)}, margin ${r.margin}, ${r.method}`
      : r.status === 'error'
        ? `not measured, error ${r.error.code}: ${r.error.message}`
        : r.status;
  return `finding: ${what} — informational (outside the claim's stated scope), does not fail the run`;
}

function testcase(t: { id: string }, r: CheckResult): string[] {
  const out = [
    `    <testcase classname="${esc(`${t.id}.${r.layer}`)}" name="${esc(r.name)}" time="${(r.ms / 1000).toFixed(3)}">`,
  ];
  const outcome = classify(r);
  if (outcome === 'finding') {
    out.push(
      '      <properties>',
      '        <property name="outcome" value="finding"/>',
      `        <property name="status" value="${esc(r.status)}"/>`,
      '      </properties>',
    );
    out.push(`      <system-out>${esc(findingText(r))}</system-out>`);
  } else if (r.status === 'fail') {
    out.push(
      `      <failure message="${esc(judgedText(r))}">${esc(JSON.stringify(r.counterexample ?? r.detail))}</failure>`,
    );
  } else if (r.status === 'error') {
    out.push(`      <error type="${esc(r.error.code)}" message="${esc(r.error.message)}"/>`);
  } else if (r.status === 'skip') {
    out.push(`      <skipped message="${esc(r.reason)}"/>`);
  } else {
    out.push(`      <system-out>${esc(`${judgedText(r)}, ${r.method}`)}</system-out>`);
  }
  out.push('    </testcase>');
  return out;
}

export function renderJunit(report: Report): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  // counted from the checks with `classify`: failures = claim failures, errors = errors (findings are neither)
  const counts = (checks: readonly CheckResult[]): string => {
    const o = summarize(checks).outcomes;
    return `tests="${checks.length}" failures="${o['claim-failure']}" errors="${o.error}" skipped="${o.skip}"`;
  };
  out.push(
    `<testsuites name="optverify" ${counts(report.theorems.flatMap((t) => t.checks))} time="${(report.ms / 1000).toFixed(3)}">`,
  );
  for (const t of report.theorems) {
    out.push(`  <testsuite name="${esc(t.id)}" ${counts(t.checks)} time="${(t.ms / 1000).toFixed(3)}">`);
    for (const r of t.checks) out.push(...testcase(t, r));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}
