/** --jobs N: an integer ≥ 1 (default the number of cores), refused otherwise in one line before any check runs. */
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { jobsOf, validateRunFlags } from '../../src/cli/options.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('--jobs', () => {
  it('defaults to the number of cores and accepts any integer ≥ 1', () => {
    expect(jobsOf(undefined)).toEqual({ ok: true, value: availableParallelism() });
    expect(jobsOf(undefined, 0)).toEqual({ ok: true, value: 1 });
    expect(jobsOf('1')).toEqual({ ok: true, value: 1 });
    expect(jobsOf('64')).toEqual({ ok: true, value: 64 });
    const v = validateRunFlags({ jobs: '3' }, false);
    expect(v.ok && v.value.training.jobs).toBe(3);
  });

  it('refuses 0, negatives, fractions, words and unsafe integers with one line naming the flag', async () => {
    for (const bad of ['0', '-2', '1.5', 'two', '1e3', ' 2', '9007199254740993']) {
      expect(jobsOf(bad)).toEqual({ ok: false, errors: [`--jobs: expected an integer ≥ 1, got "${bad}"`] });
      const io = fakeIo();
      expect(await main(['theorem', 'corollary-3.6', '--layer', 'symbolic', '--jobs', bad], io), bad).toBe(2);
      expect(io.stderr).toEqual([`verify: --jobs: expected an integer ≥ 1, got "${bad}"`]);
      expect(readdirSync(io.cwd)).toEqual([]);
    }
    const io = fakeIo();
    expect(await main(['all', '--jobs'], io)).toBe(2);
    expect(io.stderr).toEqual(['verify: --jobs: expected a value']);
  });
});
