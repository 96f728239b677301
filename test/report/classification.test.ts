/**
 * One classification everywhere: the exit status, the terminal summary, JUnit, Markdown and HTML count
 * claim failures, errors and findings alike (issue item 7), and ∞ margins survive the result store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/result.js';
import { classify, hasFailures } from '../../src/core/result.js';
import type { TheoremModule } from '../../src/core/theorem.js';
import type { CachedReport } from '../../src/report/from-store.js';
import { reportFromStore } from '../../src/report/from-store.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { checkKey, openStore } from '../../src/runner/store.js';
import { verifyTheorems } from '../../src/runner/verify.js';
import { findingsOnly, outcomeZoo } from './synthetic.js';

/** Run `mods` into a fresh store; the live report and the report read back from the store. */
async function run(mods: readonly TheoremModule[]): Promise<{ report: Report; cached: CachedReport }> {
  const path = join(mkdtempSync(join(tmpdir(), 'optverify-classify-')), 'checks.ndjson');
  const report = await verifyTheorems(mods, { seed: 0, budget: 'quick', store: openStore(path, { reuse: false }) });
  const cached = reportFromStore(mods, openStore(path, { reuse: false }).records(), {
    seed: 0,
    store: path,
    keyOf: checkKey,
  });
  return { report, cached };
}
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

let zoo: { report: Report; cached: CachedReport };
let only: { report: Report; cached: CachedReport };
beforeAll(async () => {
  zoo = await run([outcomeZoo]);
  only = await run([findingsOnly]);
});

describe('classify and the summary', () => {
  it('should classify every status × informational combination', () => {
    const c = (status: 'pass' | 'fail' | 'skip' | 'error', informational: boolean) =>
      classify({ status, informational });
    expect([c('pass', false), c('fail', false), c('error', false), c('skip', false)]).toEqual([
      'pass',
      'claim-failure',
      'error',
      'skip',
    ]);
    expect([c('pass', true), c('fail', true), c('error', true), c('skip', true)]).toEqual([
      'pass',
      'finding',
      'finding',
      'skip',
    ]);
  });
  it('should count 2 claim failures, 3 findings, 1 error, 1 skip and keep the raw status counts', () => {
    const checks = zoo.report.theorems[0].checks;
    expect(checks.map((r) => [r.name, classify(r)])).toEqual([
      ['pass_a', 'pass'],
      ['pass_b', 'pass'],
      ['claim_fail', 'claim-failure'],
      ['claim_fail_infinite_margin', 'claim-failure'],
      ['finding_a', 'finding'],
      ['finding_b', 'finding'],
      ['finding_error', 'finding'],
      ['broken', 'error'],
      ['needs_gpu', 'skip'],
    ]);
    expect(zoo.report.summary).toEqual({
      pass: 2,
      fail: 4,
      skip: 1,
      error: 2,
      total: 9,
      outcomes: { pass: 2, 'claim-failure': 2, error: 1, finding: 3, skip: 1 },
    });
    expect(hasFailures(checks)).toBe(true);
    expect(zoo.cached.summary.outcomes).toEqual(zoo.report.summary.outcomes);
  });
});

describe('the same counts in every reporter', () => {
  it('terminal: the outcome line and the CI line (failed = claim failures)', () => {
    const text = renderTable(zoo.report, { color: false });
    expect(text).toMatch(/^2 passed, 2 claim failures, 3 findings, 1 error, 1 skipped of 9 checks in \d+\.\d s$/m);
    expect(text).toMatch(/^2 passed, 2 failed, 1 errored, 1 skipped \(\+3 findings, not failures\)$/m);
    expect(text).toMatch(/^ {2}empirical\s+finding_a\s+finding\s+2\s/m);
    expect(text).toMatch(
      /^ {2}empirical\s+finding_error\s+finding:error\s+E_CHECK_THREW: the synthetic kernel broke$/m,
    );
    expect(text).toMatch(/^ {2}ode\s+claim_fail_infinite_margin\s+fail\s+1\.5\s+1\s+±0\s+Infinity\s/m);
  });

  it('JUnit: failures = 2 claim failures, errors = 1, findings are passing testcases that say so', () => {
    const xml = renderJunit(zoo.report);
    expect(xml).toMatch(/<testsuites name="optverify" tests="9" failures="2" errors="1" skipped="1"/);
    expect(xml).toMatch(/<testsuite name="outcome-zoo" tests="9" failures="2" errors="1" skipped="1"/);
    expect(count(xml, /<failure /g)).toBe(2);
    expect(count(xml, /<error /g)).toBe(1);
    expect(count(xml, /<skipped /g)).toBe(1);
    expect(count(xml, /<property name="outcome" value="finding"\/>/g)).toBe(3);
    expect(count(xml, /<system-out>finding: /g)).toBe(3);
    const findingA =
      /<testcase classname="outcome-zoo\.empirical" name="finding_a"[^>]*>([\s\S]*?)<\/testcase>/.exec(xml)?.[1] ?? '';
    expect(findingA).toContain('finding: measured 2, expected 1 (±0.1), margin 10');
    expect(findingA).not.toContain('<failure');
    const findingError = /name="finding_error"[^>]*>([\s\S]*?)<\/testcase>/.exec(xml)?.[1] ?? '';
    expect(findingError).toContain('finding: not measured, error E_CHECK_THREW: the synthetic kernel broke');
    expect(findingError).not.toContain('<error');
  });

  it('Markdown: claim failures, errors and findings in separate sections, and ∞ for an infinite margin', () => {
    const md = renderMarkdown(zoo.cached);
    expect(md).toMatch(
      /^## optverify: 2 pass · 2 claim failures · 1 error · 3 findings · 1 skip · 0 stale · 0 missing \(of 9\)$/m,
    );
    expect(md).toContain(
      '| degenerate | `outcome-zoo` | test-outcomes | ❌ fail | **fails** — claim_fail 3 vs 1 ±0.1; claim_fail_infinite_margin 1.5 vs 1 ±0 | 2 | 2 | 1 | 3 | 1 | 0 | 0 |',
    );
    const section = (title: string): string =>
      new RegExp(`### ${title} \\((\\d+)\\)\\n([\\s\\S]*?)(?=\\n### |\\n<details>)`).exec(md)?.[0] ?? '';
    expect(section('Claim failures')).toMatch(/^### Claim failures \(2\)/);
    expect(count(section('Claim failures'), /❌ claim failure/g)).toBe(2);
    expect(section('Errors')).toMatch(/^### Errors \(1\)[\s\S]*`broken` \| 💥 error \|/);
    expect(section('Findings')).toMatch(/^### Findings \(3\)/);
    expect(count(section('Findings'), /🔎 finding \(fail\)/g)).toBe(2);
    expect(count(section('Findings'), /🔎 finding \(error\)/g)).toBe(1);
    expect(section('Findings')).not.toContain('❌');
    expect(md).not.toContain('### Not current');
    expect(md).toContain('| margin Infinity |');
    expect(md).not.toMatch(/\bnull\b/);
  });

  it('HTML: the same counts, findings in their own badge (never red), and ∞ for an infinite margin', () => {
    const html = renderHtml(zoo.cached);
    const summary = /<p class="summary">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    expect(summary).toContain(
      '<span class="badge v-pass">2 pass</span><span class="badge v-claim-failure">2 claim failures</span><span class="badge v-error">1 error</span><span class="badge v-finding">3 findings</span><span class="badge v-skip">1 skip</span>',
    );
    expect(html).toMatch(
      /<h3>outcome-zoo <span class="badge v-fail">fail<\/span> <span class="badge v-finding">3 findings<\/span><\/h3>/,
    );
    const row = (name: string): string =>
      new RegExp(`<tr class="[^"]*" id="outcome-zoo--${name}">(.*?)</tr>`, 's').exec(html)?.[1] ?? '';
    for (const f of ['finding_a', 'finding_b', 'finding_error']) {
      expect(row(f), f).toContain('badge v-finding">finding');
      expect(row(f), f).not.toMatch(/v-fail|v-error|v-claim-failure/);
    }
    expect(count(html, /<span class="badge v-claim-failure">claim failure<\/span>/g)).toBe(2);
    expect(count(html, /<span class="badge v-error">error<\/span>/g)).toBe(1);
    expect(row('claim_fail_infinite_margin')).toMatch(/<td class="num">(∞|Infinity)<\/td>/);
    expect(html).not.toMatch(/>null</);
    // findings are purple, claim failures red
    expect(html).toMatch(/\.v-finding\{background:#6a1b9a\}/);
    expect(html).toMatch(/\.v-fail,\.v-claim-failure\{background:#c62828\}/);
  });
});

describe('a report with only findings', () => {
  it('should not fail the run, and JUnit should report 0 failures', () => {
    const checks = only.report.theorems[0].checks;
    expect(checks.map(classify)).toEqual(['pass', 'finding', 'finding']);
    expect(hasFailures(checks)).toBe(false);
    const xml = renderJunit(only.report);
    expect(xml).toMatch(/<testsuites name="optverify" tests="3" failures="0" errors="0" skipped="0"/);
    expect(count(xml, /<failure /g)).toBe(0);
    expect(count(xml, /<system-out>finding: /g)).toBe(2);
    expect(renderTable(only.report, { color: false })).toMatch(
      /^1 passed, 0 failed, 0 errored, 0 skipped \(\+2 findings, not failures\)$/m,
    );
    const md = renderMarkdown(only.cached);
    expect(md).toMatch(/^## optverify: 1 pass · 0 claim failures · 0 errors · 2 findings · 0 skip/m);
    expect(md).toContain(
      '| gsi | `findings-only` | test-findings | ✅ pass | **holds where tested, with findings** — 1 evidence check(s) pass; findings: outside_a 4 vs 1 ±0.1; outside_b 7 vs 1 ±0.1 | 1 | 0 | 0 | 2 | 0 | 0 | 0 |',
    );
    expect(md).not.toContain('### Claim failures');
    expect(renderHtml(only.cached)).toMatch(/<article class="theorem" id="findings-only" data-verdict="pass">/);
  });
});
