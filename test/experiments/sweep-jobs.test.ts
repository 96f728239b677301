/** runSweep with `jobs`: at most N runs in flight, results in input order, each cached as it lands, Ctrl-C waits for the flight. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/core/errors.js';
import { listRuns } from '../../experiments/cache/store.js';
import { runSweep } from '../../experiments/cache/sweep.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'optverify-jobs-'));
const keyed = { backend: 'test', namespace: 'test', code: 'c' };
const configs = Array.from({ length: 7 }, (_, i) => ({ seed: i, ms: 40 + ((i * 7) % 4) * 10 }));

/** A runner that takes `ms`, counting how many runs overlap. */
function overlapping() {
  const s = { now: 0, peak: 0, started: [] as number[] };
  const run = async (c: { seed: number; ms: number }) => {
    s.started.push(c.seed);
    s.peak = Math.max(s.peak, ++s.now);
    await new Promise((r) => setTimeout(r, c.ms));
    s.now--;
    return { loss: [c.seed / 7] };
  };
  return { s, run };
}

describe('runSweep with jobs', () => {
  it.each([1, 2, 3])('keeps at most %i run(s) in flight and returns the runs in input order', async (jobs) => {
    const dir = temp();
    const { s, run } = overlapping();
    const out = await runSweep(configs, run, { dir, jobs, ...keyed });
    expect(s.peak).toBe(jobs);
    expect(out.map((r) => r.config.seed)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(out.map((r) => (r.result as { loss: number[] }).loss[0])).toEqual(configs.map((c) => c.seed / 7));
    expect(listRuns(dir)).toHaveLength(7);
    // the same hashes whatever the number of jobs: the cache is shared
    const again = overlapping();
    await runSweep(configs, again.run, { dir, jobs: 4, ...keyed });
    expect(again.s.started).toEqual([]);
  });

  it('on Ctrl-C starts nothing new, lets the runs in flight finish and cache, then throws InterruptedError', async () => {
    const dir = temp();
    const ac = new AbortController();
    const { s, run } = overlapping();
    const sweep = runSweep(configs, async (c) => (c.seed === 2 && ac.abort(), run(c)), {
      dir,
      jobs: 3,
      signal: ac.signal,
      ...keyed,
    });
    await expect(sweep).rejects.toBeInstanceOf(InterruptedError);
    expect(s.now).toBe(0);
    expect(s.started).toEqual([0, 1, 2]);
    expect(listRuns(dir)).toHaveLength(3);
  });

  it('a failing run stops the sweep with its error after the others in flight are cached', async () => {
    const dir = temp();
    const boom = new Error('run 1 failed');
    const { run } = overlapping();
    await expect(
      runSweep(configs, async (c) => (c.seed === 1 ? Promise.reject(boom) : run(c)), { dir, jobs: 2, ...keyed }),
    ).rejects.toBe(boom);
    expect(listRuns(dir).length).toBeGreaterThanOrEqual(1);
    expect(listRuns(dir).length).toBeLessThanOrEqual(2);
  });
});
