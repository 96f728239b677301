import { describe, expect, it } from 'vitest';
import { AmbiguousTheoremError, UnknownTheoremError } from '../../../src/core/errors.js';
import { resolveTheoremId } from '../../../src/registry/resolve.js';
import { theorems } from '../../../theorems/index.js';
import { paperRegistry } from '../../../theorems/papers/registry.js';

describe('resolveTheoremId', () => {
  it('should resolve labels, slugs and paper:label', () => {
    expect(resolveTheoremId('corollary-3.6', theorems).claim.id).toBe('iff-tau-invariance');
    expect(resolveTheoremId('adam-flow-expansion', theorems).claim.id).toBe('adam-flow-expansion');
    expect(resolveTheoremId('gsi:theorem-3.3', theorems).claim.id).toBe('adam-flow-expansion');
    expect(resolveTheoremId('ctadam:theorem-1', theorems).claim.id).toBe('max-update-bound');
  });
  it('should suggest close matches for a typo', () => {
    try {
      resolveTheoremId('corolary-3.6', theorems);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownTheoremError);
      expect((e as UnknownTheoremError).suggestions).toContain('corollary-3.6');
    }
  });
  it('should refuse an unknown paper prefix and never guess', () => {
    expect(() => resolveTheoremId('nope', theorems)).toThrow(UnknownTheoremError);
    expect(() => resolveTheoremId('gsi:theorem-1', theorems)).toThrow(UnknownTheoremError);
  });
  it('should flag an ambiguous bare label when two papers share it', () => {
    const fake = [
      theorems[0],
      { ...theorems[1], claim: { ...theorems[1].claim, paper: 'ctadam' as const, labels: ['theorem-3.3'] } },
    ];
    expect(() => resolveTheoremId('theorem-3.3', fake)).toThrow(AmbiguousTheoremError);
  });
  it("should flag a module's bare label that another paper's coverage map also lists, naming both", () => {
    const other = { key: 'other', title: 'Other', equationCount: 0 };
    const item = { label: 'corollary-3.6', kind: 'corollary', words: 'w', status: 'not-checked', reason: 'r' } as const;
    const papers = [...paperRegistry, { ...other, coverage: [item] }];
    expect(() => resolveTheoremId('corollary-3.6', theorems, papers)).toThrow(
      /several papers; use one of: gsi:corollary-3\.6, other:corollary-3\.6/,
    );
    expect(resolveTheoremId('gsi:corollary-3.6', theorems, papers).claim.id).toBe('iff-tau-invariance');
    expect(resolveTheoremId('corollary-3.6', theorems).claim.id).toBe('iff-tau-invariance');
  });
});
