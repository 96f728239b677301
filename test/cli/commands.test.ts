/** In-process CLI tests (changesets style): injected argv and I/O; structure asserted, numbers with tolerances. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runSelection } from '../../src/cli/commands/run-selection.js';
import { defineTheorem } from '../../src/core/define.js';
import { fakeIo } from '../helpers/fake-io.js';

const failing = defineTheorem(
  {
    id: 'always-off',
    paper: 'gsi',
    labels: ['test-only'],
    title: 'a claim whose measurement misses',
    statement: { text: '', latex: '' },
    hypotheses: [],
    settings: {},
    expectations: {
      off_by_one: { expected: 0, tolerance: { kind: 'abs', atol: 0.5 }, source: 'test' },
      did_nothing: { expected: 0, tolerance: { kind: 'abs', atol: 1 }, source: 'test' },
    },
  },
  [
    { name: 'off_by_one', layer: 'symbolic', run: () => ({ measured: 1, method: 'constant', work: 1 }) },
    { name: 'did_nothing', layer: 'ode', run: () => ({ measured: 0, method: 'nothing', work: 0 }) },
  ],
);

describe('verify CLI (in-process)', () => {
  it('should list every registered theorem', async () => {
    const io = fakeIo();
    expect(await main(['list'], io)).toBe(0);
    const text = io.stdout.join('\n');
    for (const id of ['adam-flow-expansion', 'iff-tau-invariance', 'max-update-bound', 'fixed-point-spectral-radius'])
      expect(text).toContain(id);
  });
  it('should exit 2 with close matches for an unknown theorem', async () => {
    const io = fakeIo();
    expect(await main(['theorem', 'corolary-3.6'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/unknown theorem "corolary-3.6"; did you mean: .*corollary-3\.6/);
  });
  it('should name the flag for a bad seed, layer or budget', async () => {
    for (const [args, pattern] of [
      [['all', '--seed', 'abc'], /--seed: expected a non-negative integer, got "abc"/],
      [['all', '--layer', 'odee'], /--layer: expected one of symbolic, ode, empirical, got "odee"/],
      [['all', '--budget', 'huge'], /--budget: expected one of quick, standard, full, got "huge"/],
      [
        ['all', '--backend', 'tpu'],
        /--backend: expected one of auto, tensorflow-gpu, tensorflow, webgpu, wasm, cpu, got "tpu"/,
      ],
      [['all', '--shard', '3/2'], /--shard: expected k\/n with 1 ≤ k ≤ n, got "3\/2"/],
      [['all', '--shard', '0/4'], /--shard: expected k\/n with 1 ≤ k ≤ n, got "0\/4"/],
    ] as const) {
      const io = fakeIo();
      expect(await main([...args], io)).toBe(2);
      expect(io.stderr.join('')).toMatch(pattern);
    }
  });
  it('should record nothing with --no-store (no file named "false")', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ov-'));
    const io = { ...fakeIo(), cwd };
    expect(await main(['theorem', 'corollary-3.6', '--layer', 'symbolic', '--no-store'], io)).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    const io2 = { ...fakeIo(), cwd };
    expect(await main(['all', '--no-store', '--resume'], io2)).toBe(2);
    expect(io2.stderr.join('')).toMatch(/--resume needs a result store/);
  });
  it('should print a JSON report with the documented fields', async () => {
    const io = fakeIo();
    expect(
      await main(
        [
          'theorem',
          'corollary-3.6',
          '--layer',
          'symbolic',
          '--json',
          '--store',
          join(mkdtempSync(join(tmpdir(), 'ov-')), 's.ndjson'),
        ],
        io,
      ),
    ).toBe(0);
    const report = JSON.parse(io.stdout.join(''));
    expect(report.schema).toBe('optverify/report');
    expect(report.schemaVersion).toBe(1);
    expect(Object.keys(report.environment)).toEqual(
      expect.arrayContaining(['optverify', 'node', 'versions', 'backend', 'seed', 'budget', 'host']),
    );
    const check = report.theorems[0].checks[0];
    expect(Object.keys(check)).toEqual(
      expect.arrayContaining([
        'name',
        'status',
        'measured',
        'expected',
        'tolerance',
        'method',
        'detail',
        'ms',
        'layer',
        'margin',
      ]),
    );
    expect(report.summary.total).toBe(report.theorems[0].checks.length);
  });
  it('should exit 1 on a failed check and record a no-work check as error, never pass', async () => {
    const io = fakeIo();
    expect(
      await runSelection(
        [failing],
        { json: true, seed: '0', budget: 'quick', store: join(mkdtempSync(join(tmpdir(), 'ov-')), 'checks.ndjson') },
        io,
      ),
    ).toBe(1);
    const report = JSON.parse(io.stdout.join(''));
    const [offByOne, didNothing] = report.theorems[0].checks;
    expect(offByOne.status).toBe('fail');
    expect(offByOne.margin).toBe(2);
    expect(didNothing.status).toBe('error');
    expect(didNothing.error.code).toBe('E_NO_WORK');
  });
});
