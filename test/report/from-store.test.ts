import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/runner/store.js';
import { checkKey } from '../../src/runner/store.js';
import { reportFromStore, theoremVerdict } from '../../src/report/from-store.js';
import { freshness, syntheticRegistry, syntheticStore } from './synthetic.js';

describe('reportFromStore', () => {
  it('should flag fresh, stale and missing checks from the keys alone', async () => {
    const path = await syntheticStore();
    const r = reportFromStore(syntheticRegistry, openStore(path).records(), { seed: 0, store: path, keyOf: checkKey });
    const t = r.theorems.find((x) => x.id === 'freshness-demo')!;
    expect(t.checks.map((c) => [c.name, c.freshness])).toEqual([
      ['fresh_check', 'fresh'],
      ['stale_check', 'stale'],
      ['missing_check', 'missing'],
    ]);
    expect(t.checks[0].budget).toBe('quick');
    expect(theoremVerdict(t)).toBe('incomplete');
    // the stale failure is not counted as a current failure
    expect(r.summary).toMatchObject({ fail: 0, stale: 1, missing: 1, fresh: 8, total: 10 });
  });
  it('should treat every result as stale under another seed', async () => {
    const path = await syntheticStore();
    const r = reportFromStore([freshness], openStore(path).records(), { seed: 1, store: path, keyOf: checkKey });
    expect(r.theorems[0].checks.map((c) => c.freshness)).toEqual(['stale', 'stale', 'missing']);
  });
});
