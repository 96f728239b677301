/** A code change makes stored results stale, never fresh: the key includes a fingerprint of the module's import closure. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineTheorem } from '../../../src/core/define.js';
import { forgetFingerprints } from '../../../src/core/fingerprint.js';
import { reportFromStore } from '../../../src/report/from-store.js';
import { runTheorem } from '../../../src/runner/run.js';
import { checkKey, openStore } from '../../../src/runner/store.js';

describe('stale after a code change', () => {
  it('should call a stored result stale after a file of the module changes, and recompute it on --resume', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ov-stale-'));
    writeFileSync(join(dir, 'index.js'), "export { kernel } from './kernel.js';\n");
    writeFileSync(join(dir, 'kernel.js'), 'export const kernel = () => 2.03;\n');
    const calls = { n: 0 };
    const mod = defineTheorem(
      {
        id: 'built-module',
        paper: 'gsi',
        labels: ['b-1'],
        title: '',
        statement: { text: '', latex: '' },
        hypotheses: [],
        settings: {},
        expectations: {
          order: { expected: 2, tolerance: { kind: 'order', delta: 0.15 }, source: 't', kind: 'evidence' },
        },
      },
      [{ name: 'order', layer: 'ode', run: () => (calls.n++, { measured: 2.03, method: 'm', work: 1 }) }],
      pathToFileURL(join(dir, 'index.js')).href,
    );
    const path = join(dir, 'checks.ndjson');
    await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path) });
    const fresh = () =>
      reportFromStore([mod], openStore(path).records(), { seed: 0, store: path, keyOf: checkKey }).theorems[0].checks[0]
        .freshness;
    expect(fresh()).toBe('fresh');
    // the "rebuild": one file the entry imports changes
    writeFileSync(join(dir, 'kernel.js'), 'export const kernel = () => 1.05;\n');
    forgetFingerprints();
    expect(fresh()).toBe('stale');
    await runTheorem(mod, { seed: 0, budget: 'quick', store: openStore(path, { reuse: true }) });
    expect(calls.n).toBe(2); // recomputed, not replayed
    expect(fresh()).toBe('fresh');
  });
});
