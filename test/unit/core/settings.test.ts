import { describe, expect, it } from 'vitest';
import { InternalError } from '../../../src/core/errors.js';
import { list, num } from '../../../src/core/settings.js';
import type { Claim } from '../../../src/core/theorem.js';

const claim = { id: 't', settings: { a: 2, b: [1, 2] } } as unknown as Claim;

describe('settings', () => {
  it('should read numbers and lists', () => {
    expect(num(claim, 'a')).toBe(2);
    expect(list(claim, 'b')).toEqual([1, 2]);
  });
  it('should throw a typed error for a missing or mistyped key instead of yielding NaN', () => {
    expect(() => num(claim, 'typo')).toThrow(/claim t: setting "typo" is not declared/);
    expect(() => num(claim, 'b')).toThrow(InternalError);
    expect(() => list(claim, 'a')).toThrow(/not a list/);
  });
});
