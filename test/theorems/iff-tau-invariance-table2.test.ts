import { describe, expect, it } from 'vitest';
import mod from '../../theorems/iff-tau-invariance/index.js';
import { table2Checks, worstWindowP } from '../../theorems/iff-tau-invariance/table2.js';

const row = (metric: 'omega1' | 'omega2', window: number, rate: number, pValue: number) => ({
  metric,
  window,
  rate,
  pValue,
});

describe('iff-tau-invariance table 2', () => {
  it('should take the largest p over the windows the claim names, over models', () => {
    const models = [
      {
        model: 'a',
        perWindow: [row('omega1', 10, 0.4, 0.6), row('omega1', 100, 1, 5e-5), row('omega1', 500, 0.78, 0.008)],
      },
      { model: 'b', perWindow: [row('omega1', 100, 0.67, 0.042), row('omega2', 100, 0.44, 0.35)] },
    ];
    expect(worstWindowP(models, 'omega1', 100)).toMatchObject({ p: 0.042, model: 'b', window: 100 });
    // window 10 is below ω1's threshold: its p = 0.6 does not count
    expect(worstWindowP(models.slice(0, 1), 'omega1', 100).p).toBe(0.008);
    expect(worstWindowP(models, 'omega2', 10).p).toBe(0.35);
    expect(() => worstWindowP(models, 'omega2', 1000)).toThrow(RangeError);
    // a window longer than the span allows is left out: 500 > 400
    expect(worstWindowP(models.slice(0, 1), 'omega1', 100, 400).p).toBe(5e-5);
  });

  it("should be registered: one expectation per check, its settings, flipped by argmax-omega, on table 1's runs", () => {
    for (const c of table2Checks) {
      expect(mod.checks.map((m) => m.name)).toContain(c.name);
      expect(mod.claim.expectations).toHaveProperty(c.name);
      expect(mod.claim.mutants!['argmax-omega'].checks).toContain(c.name);
    }
    expect(mod.claim.settings).toMatchObject({
      table2Omega1MinWindow: 100,
      table2Omega2MinWindow: 10,
      table2Alpha: 0.05,
    });
    expect(table2Checks.every((c) => c.experiment === 'table1')).toBe(true);
  });
});
