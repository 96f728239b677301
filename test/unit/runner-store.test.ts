import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineTheorem } from '../../src/core/define.js';
import { runTheorem } from '../../src/runner/run.js';
import { openStore } from '../../src/runner/store.js';

function counting() {
  const calls = { n: 0 };
  const mod = defineTheorem(
    { id: 'counted', paper: 'gsi', labels: ['c-1'], title: '', statement: { text: '', latex: '' }, hypotheses: [], settings: {}, expectations: { a: { expected: 1, tolerance: { kind: 'abs', atol: 0 }, source: 't' }, b: { expected: 2, tolerance: { kind: 'abs', atol: 0 }, source: 't' } } },
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
    await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path), signal: ac.signal, onCheck: (e) => e.result && ac.abort() });
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
