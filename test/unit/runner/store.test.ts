import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineTheorem } from '../../../src/core/define.js';
import { runTheorem } from '../../../src/runner/run.js';
import { checkKey, openStore } from '../../../src/runner/store.js';

function counting() {
  const calls = { n: 0 };
  const mod = defineTheorem(
    {
      id: 'counted',
      paper: 'gsi',
      labels: ['c-1'],
      title: '',
      statement: { text: '', latex: '' },
      hypotheses: [],
      settings: {},
      expectations: {
        a: { expected: 1, tolerance: { kind: 'abs', atol: 0 }, source: 't' },
        b: { expected: 2, tolerance: { kind: 'abs', atol: 0 }, source: 't' },
      },
    },
    [
      { name: 'a', layer: 'ode', run: () => (calls.n++, { measured: 1, method: 'm', work: 1 }) },
      { name: 'b', layer: 'ode', run: () => (calls.n++, { measured: 2, method: 'm', work: 1 }) },
    ],
  );
  return { mod, calls };
}

describe('result store (resume)', () => {
  it('should not recompute finished checks on --resume and survive a torn last line', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ov-store-')), 'checks.ndjson');
    const { mod, calls } = counting();
    // Arrange: an interrupted run finished only check a, then died mid-write
    const ac = new AbortController();
    await runTheorem(mod, {
      seed: 0,
      budget: 'quick',
      store: openStore(path),
      signal: ac.signal,
      onCheck: (e) => e.result && ac.abort(),
    });
    appendFileSync(path, '{"key":"torn');
    expect(calls.n).toBe(1);
    // Act: rerun with reuse
    const results = await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path, { reuse: true }) });
    // Assert: only b was computed; both are there
    expect(calls.n).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(readFileSync(path, 'utf8').split('\n').filter(Boolean).length).toBe(3);
  });
  it('should recompute everything without reuse', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ov-store-')), 'checks.ndjson');
    const { mod, calls } = counting();
    await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path) });
    await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path, { reuse: false }) });
    expect(calls.n).toBe(4);
    expect(openStore(path).records()).toHaveLength(4);
  });
});

describe('result store (what may be replayed)', () => {
  const storeWith = (lines: string[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'ov-store-')), 'checks.ndjson');
    writeFileSync(path, lines.map((l) => `${l}\n`).join(''));
    return path;
  };
  const recordFor = (mod: ReturnType<typeof counting>['mod'], name: 'a' | 'b', result: Record<string, unknown>) =>
    JSON.stringify({
      key: checkKey(mod, name, 0, 'quick'),
      at: '2026-01-01T00:00:00Z',
      result: { theorem: 'counted', name, layer: 'ode', ms: 1, informational: false, ...result },
    });
  const judged = {
    expected: 1,
    tolerance: { kind: 'abs', atol: 0 },
    margin: 0,
    method: 'm',
    source: 't',
    detail: null,
    counterexample: null,
  };

  it('should recompute a stored skip or error, never replay it', async () => {
    const { mod, calls } = counting();
    const path = storeWith([
      recordFor(mod, 'a', { status: 'skip', reason: 'shard 1/2' }),
      recordFor(mod, 'b', { status: 'error', error: { code: 'E', message: 'x' } }),
    ]);
    const results = await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path, { reuse: true }) });
    expect(calls.n).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
  });

  it('should re-judge a replayed measurement against the current expectation (an edited measured: 99 is a fail)', async () => {
    const { mod, calls } = counting();
    const path = storeWith([recordFor(mod, 'a', { ...judged, status: 'pass', measured: 99 })]);
    const [a] = await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path, { reuse: true }) });
    expect(calls.n).toBe(1); // only b computed
    expect(a).toMatchObject({ status: 'fail', measured: 99 });
    expect(a.status === 'fail' && a.margin).toBe(Infinity);
  });

  it('should drop, and name, every line that is not a valid record; a non-record line does not crash', () => {
    const { mod } = counting();
    const path = storeWith([
      '{}',
      recordFor(mod, 'a', { ...judged, status: 'pass', measured: 'NaN' }),
      recordFor(mod, 'a', { ...judged, status: 'weird', measured: 1 }),
      'not json',
      recordFor(mod, 'b', { ...judged, status: 'pass', measured: 2, expected: 2 }),
    ]);
    const s = openStore(path);
    expect(s.records()).toHaveLength(1);
    expect(s.problems).toHaveLength(4);
    expect(s.problems[0]).toMatch(/:1: dropped: no valid key/);
    expect(s.problems[1]).toMatch(/:2: dropped: measured is "NaN", not a finite number/);
    expect(s.problems[2]).toMatch(/:3: dropped: unknown status "weird"/);
    expect(s.problems[3]).toMatch(/:4: dropped: not JSON/);
  });
});
