/** JUnit XML: one testsuite per theorem, one testcase per check. */
import type { Report } from '../core/result.js';
import { describeTolerance } from '../core/tolerance.js';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderJunit(report: Report): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const s = report.summary;
  out.push(`<testsuites name="optverify" tests="${s.total}" failures="${s.fail}" errors="${s.error}" skipped="${s.skip}" time="${(report.ms / 1000).toFixed(3)}">`);
  for (const t of report.theorems) {
    const c = (st: string): number => t.checks.filter((r) => r.status === st).length;
    out.push(`  <testsuite name="${esc(t.id)}" tests="${t.checks.length}" failures="${c('fail')}" errors="${c('error')}" skipped="${c('skip')}" time="${(t.ms / 1000).toFixed(3)}">`);
    for (const r of t.checks) {
      out.push(`    <testcase classname="${esc(`${t.id}.${r.layer}`)}" name="${esc(r.name)}" time="${(r.ms / 1000).toFixed(3)}">`);
      if (r.status === 'fail') {
        out.push(`      <failure message="${esc(`measured ${r.measured}, expected ${r.expected} (${describeTolerance(r.tolerance)})`)}">${esc(JSON.stringify(r.counterexample ?? r.detail))}</failure>`);
      } else if (r.status === 'error') {
        out.push(`      <error type="${esc(r.error.code)}" message="${esc(r.error.message)}"/>`);
      } else if (r.status === 'skip') {
        out.push(`      <skipped message="${esc(r.reason)}"/>`);
      } else {
        out.push(`      <system-out>${esc(`measured ${r.measured}, expected ${r.expected} (${describeTolerance(r.tolerance)}), ${r.method}`)}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}
