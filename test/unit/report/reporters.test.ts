import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/result.js';
import { renderJunit } from '../../../src/report/junit.js';
import { renderTable, shouldColor } from '../../../src/report/table.js';

const report: Report = {
  schema: 'optverify/report',
  schemaVersion: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  ms: 1234,
  environment: {
    optverify: '0',
    node: 'v20',
    platform: 'linux-x64',
    host: 'h',
    cpus: 2,
    versions: {},
    backend: 'float64',
    seed: 0,
    budget: 'quick',
  },
  theorems: [
    {
      id: 't',
      paper: 'gsi',
      labels: ['corollary-3.6'],
      title: 'T',
      statement: { text: '', latex: '' },
      ms: 10,
      checks: [
        {
          theorem: 't',
          name: 'a_pass',
          layer: 'ode',
          ms: 1,
          informational: false,
          status: 'pass',
          measured: 2.01,
          expected: 2,
          tolerance: { kind: 'order', delta: 0.15 },
          margin: 0.07,
          method: 'm',
          source: 's',
          detail: null,
          counterexample: null,
        },
        {
          theorem: 't',
          name: 'b_fail',
          layer: 'ode',
          ms: 1,
          informational: false,
          status: 'fail',
          measured: 1.5,
          expected: 2,
          tolerance: { kind: 'order', delta: 0.15 },
          margin: 3.3,
          method: 'm',
          source: 's',
          detail: null,
          counterexample: { tau1: 1 },
        },
        {
          theorem: 't',
          name: 'c_skip',
          layer: 'empirical',
          ms: 0,
          informational: false,
          status: 'skip',
          reason: 'needs a GPU',
        },
        {
          theorem: 't',
          name: 'd_error',
          layer: 'symbolic',
          ms: 0,
          informational: false,
          status: 'error',
          error: { code: 'E_CAS_FAULT', message: 'bad <cas> & "quote"' },
        },
      ],
    },
  ],
  summary: {
    pass: 1,
    fail: 1,
    skip: 1,
    error: 1,
    total: 4,
    outcomes: { pass: 1, 'claim-failure': 1, error: 1, finding: 0, skip: 1 },
  },
};

describe('reporters', () => {
  it('should colour only a TTY without NO_COLOR', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
  });
  it('should print every check, the counterexample and the summary without escapes when plain', () => {
    const text = renderTable(report, { color: false });
    expect(text).not.toMatch(/\x1b\[/);
    for (const n of ['a_pass', 'b_fail', 'c_skip', 'd_error', 'needs a GPU', 'counterexample: {"tau1":1}'])
      expect(text).toContain(n);
    expect(text).toMatch(/1 passed, 1 claim failure, 0 findings, 1 error, 1 skipped of 4 checks/);
    expect(text).toMatch(/^1 passed, 1 failed, 1 errored, 1 skipped$/m);
    expect(renderTable(report, { color: true })).toMatch(/\x1b\[31mfail/);
  });
  it('should write one escaped JUnit testcase per check', () => {
    const xml = renderJunit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('<failure message="measured 1.5, expected 2 (order ±0.15)"');
    expect(xml).toContain('<skipped message="needs a GPU"/>');
    expect(xml).toContain('message="bad &lt;cas&gt; &amp; &quot;quote&quot;"');
    expect(xml).toMatch(/tests="4" failures="1" errors="1" skipped="1"/);
  });
});
