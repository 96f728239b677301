/** Snapshot of every {theorem, check, expected, tolerance}: loosening one shows up as a diff in review. */
import { describe, expect, it } from 'vitest';
import { theorems } from '../../theorems/index.js';

describe('expectations table', () => {
  it('should match the reviewed snapshot', () => {
    const table = theorems.flatMap((t) =>
      Object.entries(t.claim.expectations).map(([check, e]) => ({
        theorem: t.claim.id,
        check,
        expected: e.expected,
        tolerance: e.tolerance,
      })),
    );
    expect(table).toMatchSnapshot();
  });
});
