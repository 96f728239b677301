import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/core/result.js';
import { claimVerdict } from '../../../src/report/verdict.js';

const judged = (
  name: string,
  status: 'pass' | 'fail',
  o: { informational?: boolean; kind?: 'evidence' | 'consistency' | 'regression'; unmet?: string } = {},
): CheckResult => ({
  theorem: 't',
  name,
  layer: 'empirical',
  ms: 1,
  informational: !!o.informational,
  kind: o.kind ?? 'evidence',
  status,
  measured: status === 'pass' ? 1 : 3,
  expected: 1,
  tolerance: { kind: 'abs', atol: 0.5 },
  margin: status === 'pass' ? 0 : 4,
  method: 'm',
  source: 's',
  detail: o.unmet ? { hypotheses_unmet: o.unmet } : null,
  counterexample: null,
});

describe('claim verdict (evidence only)', () => {
  it('should fail on an evidence claim failure and name its numbers', () => {
    const v = claimVerdict([judged('a', 'pass'), judged('b', 'fail')]);
    expect(v.verdict).toBe('fails');
    expect(v.why).toBe('b 3 vs 1 ±0.5');
  });
  it('should not let a failing consistency or regression check decide the claim', () => {
    expect(claimVerdict([judged('a', 'pass'), judged('c', 'fail', { kind: 'consistency' })]).verdict).toBe('holds');
  });
  it('should not call a failing informational consistency check a finding about the paper', () => {
    const v = claimVerdict([judged('a', 'pass'), judged('c', 'fail', { kind: 'consistency', informational: true })]);
    expect(v.verdict).toBe('holds');
    expect(v.why).not.toContain('findings');
  });
  it('should say not reproduced when the only evidence could not meet the hypotheses', () => {
    const v = claimVerdict([
      judged('t1', 'fail', { informational: true, unmet: 'horizon 1 τ2 < 2 τ2' }),
      judged('c', 'pass', { kind: 'regression' }),
    ]);
    expect(v.verdict).toBe('not-reproduced');
    expect(v.why).toMatch(/horizon 1 τ2/);
  });
  it('should hold with findings when evidence passes and an informational check fails', () => {
    const v = claimVerdict([judged('a', 'pass'), judged('f', 'fail', { informational: true })]);
    expect(v.verdict).toBe('holds-with-findings');
    expect(v.why).toMatch(/^1 evidence check\(s\) pass; findings: f 3 vs 1/);
  });
});

describe('claim verdict where a run could not meet the hypotheses', () => {
  it('should hold where tested, naming what was not reproduced, without calling it a finding', () => {
    const v = claimVerdict([
      judged('a', 'pass'),
      judged('t1', 'pass', { informational: true, unmet: 'short horizon' }),
    ]);
    expect(v.verdict).toBe('holds-where-tested');
    expect(v.why).toBe('1 evidence check(s) pass; not reproduced: t1 (hypotheses not met)');
  });
});

describe('claim verdict with skipped evidence', () => {
  it('should not say holds outright when an evidence check was skipped', () => {
    const skip: CheckResult = {
      theorem: 't',
      name: 's',
      layer: 'empirical',
      ms: 0,
      informational: false,
      kind: 'evidence',
      status: 'skip',
      reason: 'tfjs missing',
    };
    const v = claimVerdict([judged('a', 'pass'), skip]);
    expect(v.verdict).toBe('holds-where-tested');
    expect(v.why).toMatch(/not run: s$/);
  });
});
