import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineTheorem } from '../../../src/core/define.js';
import { codeFingerprint, forgetFingerprints } from '../../../src/core/fingerprint.js';
import type { Claim, Measurement } from '../../../src/core/theorem.js';
import { resolveInput, trainingSeeds } from '../../../src/runner/input.js';
import { checkKey } from '../../../src/runner/store.js';
import iffTau from '../../../theorems/iff-tau-invariance/index.js';

const claim = (steps: number): Claim => ({
  id: 'declared',
  paper: 'gsi',
  labels: ['d-1'],
  title: '',
  statement: { text: '', latex: '' },
  hypotheses: [],
  settings: { a: 1 },
  experiments: { sweep: { quick: { steps, seeds: 3 }, full: { steps: 10 * steps, seeds: 5 } } },
  expectations: {
    trained: { expected: 1, tolerance: { kind: 'abs', atol: 0 }, source: 't' },
    float64: { expected: 1, tolerance: { kind: 'abs', atol: 0 }, source: 't' },
  },
});
const run = (): Measurement => ({ measured: 1, method: 'm', work: 1 });
const mod = (steps: number, entry?: string) =>
  defineTheorem(
    claim(steps),
    [
      { name: 'trained', layer: 'empirical', experiment: 'sweep', run },
      { name: 'float64', layer: 'ode', run },
    ],
    entry,
  );

describe('check input', () => {
  it('should derive disjoint training seeds from --seed, seed 0 giving 0 … n − 1', () => {
    expect(trainingSeeds(0, 3)).toEqual([0, 1, 2]);
    expect(trainingSeeds(3, 3)).toEqual([9, 10, 11]);
    expect(trainingSeeds(1, 2)).toEqual([2, 3]);
  });

  it('should resolve the experiment at the run budget with the seeds of --seed', () => {
    const i = resolveInput(mod(100), 'trained', { seed: 3, budget: 'full' });
    expect(i.experiment).toEqual({ steps: 1000, seeds: [15, 16, 17, 18, 19] });
    expect(i.backend).toBe('auto');
    expect(i.expectation.expected).toBe(1);
    expect(resolveInput(mod(100), 'float64', { seed: 3, budget: 'full' })).toMatchObject({
      experiment: null,
      backend: null,
    });
  });

  it('should give the real table-1 check the seeds of --seed', () => {
    const seeds = (seed: number) =>
      (resolveInput(iffTau, 'table1_diagonal_p_value', { seed, budget: 'quick' }).experiment as { seeds: number[] })
        .seeds;
    expect(seeds(0)).toEqual([0, 1, 2]);
    expect(seeds(3)).toEqual([9, 10, 11]);
  });

  it('should change the key with the seed, the budget, the experiment sizes and (training checks only) the backend', () => {
    const k = checkKey(mod(100), 'trained', 0, 'quick');
    expect(checkKey(mod(100), 'trained', 0, 'quick')).toBe(k);
    expect(checkKey(mod(100), 'trained', 1, 'quick')).not.toBe(k);
    expect(checkKey(mod(100), 'trained', 0, 'full')).not.toBe(k);
    expect(checkKey(mod(101), 'trained', 0, 'quick')).not.toBe(k);
    expect(checkKey(mod(100), 'trained', 0, 'quick', 'cpu')).not.toBe(k);
    expect(checkKey(mod(100), 'float64', 0, 'quick', 'cpu')).toBe(checkKey(mod(100), 'float64', 0, 'quick', 'wasm'));
  });

  it('should refuse a check that reads an experiment the claim does not declare', () => {
    expect(() =>
      defineTheorem(claim(1), [
        { name: 'trained', layer: 'empirical', experiment: 'typo', run },
        { name: 'float64', layer: 'ode', run },
      ]),
    ).toThrow(/experiment "typo"/);
  });
});

describe('code fingerprint', () => {
  it('should change when a file the entry imports (statically or dynamically) changes, and not otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ov-fp-'));
    writeFileSync(join(dir, 'entry.js'), "import { a } from './a.js';\nexport const f = () => import('./b.js');\n");
    writeFileSync(join(dir, 'a.js'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'b.js'), 'export const b = 1;\n');
    writeFileSync(join(dir, 'unrelated.js'), 'export const u = 1;\n');
    const entry = pathToFileURL(join(dir, 'entry.js')).href;
    const fp = codeFingerprint(entry);
    const key = checkKey(mod(100, entry), 'float64', 0, 'quick');
    writeFileSync(join(dir, 'unrelated.js'), 'export const u = 2;\n');
    forgetFingerprints();
    expect(codeFingerprint(entry)).toBe(fp);
    writeFileSync(join(dir, 'b.js'), 'export const b = 2;\n');
    forgetFingerprints();
    expect(codeFingerprint(entry)).not.toBe(fp);
    expect(checkKey(mod(100, entry), 'float64', 0, 'quick')).not.toBe(key);
  });

  it('should fingerprint the registered modules from their sources', () => {
    expect(codeFingerprint(iffTau.entry)).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('code fingerprint of a missing entry', () => {
  it('should refuse an entry that names no file, rather than fingerprint nothing', () => {
    expect(() => codeFingerprint('file:///nonexistent/optverify/entry.js')).toThrow(/is not a file/);
  });
});
