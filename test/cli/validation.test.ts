/** Environment variables, bare and conflicting flags, baseline files and explore results are validated like flags. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineCommandBody } from '../../src/cli/commands/baseline.js';
import { main } from '../../src/cli/main.js';
import { defineTheorem } from '../../src/core/define.js';
import { fakeIo } from '../helpers/fake-io.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'ov-val-'));

/** Run in-process; expect exit 2 and exactly one stderr line matching `pattern`. */
async function usage(args: readonly string[], pattern: RegExp, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const cwd = tmp();
  const io = { ...fakeIo(), cwd, env };
  expect(await main(args, io), args.join(' ')).toBe(2);
  expect(io.stderr, args.join(' ')).toHaveLength(1);
  expect(io.stderr[0], args.join(' ')).toMatch(pattern);
  expect(io.stdout, args.join(' ')).toEqual([]);
  expect(readdirSync(cwd), args.join(' ')).toEqual([]);
}

describe('environment variables, validated up front like their flags', () => {
  it('should refuse an empty OPTVERIFY_RESULTS_DIR instead of writing runs into the current directory', async () => {
    await usage(
      ['theorem', 'corollary-3.6', '--layer', 'symbolic'],
      /^verify: OPTVERIFY_RESULTS_DIR: expected a directory path, got ""$/,
      { OPTVERIFY_RESULTS_DIR: '' },
    );
  });
  it('should refuse an unknown OPTVERIFY_BACKEND instead of training on cpu', async () => {
    await usage(
      ['all'],
      /^verify: OPTVERIFY_BACKEND: expected one of auto, tensorflow-gpu, tensorflow, webgpu, wasm, cpu, got "bogus"$/,
      { OPTVERIFY_BACKEND: 'bogus' },
    );
  });
  it('should refuse OPTVERIFY_SHARD=9/4 before any check', async () => {
    await usage(['all'], /^verify: OPTVERIFY_SHARD: expected k\/n with 1 ≤ k ≤ n, got "9\/4"$/, {
      OPTVERIFY_SHARD: '9/4',
    });
  });
  it('should accept valid values', async () => {
    const io = {
      ...fakeIo(),
      cwd: tmp(),
      env: { OPTVERIFY_BACKEND: 'cpu', OPTVERIFY_SHARD: '2/4', OPTVERIFY_RESULTS_DIR: 'runs' },
    };
    expect(await main(['theorem', 'corollary-3.6', '--layer', 'symbolic', '--no-store'], io)).toBe(0);
  });
});

describe('bare and conflicting flags', () => {
  it('should refuse a flag given without a value instead of defaulting it', async () => {
    for (const [args, flag] of [
      [['theorem', 'corollary-3.6', '--seed'], 'seed'],
      [['all', '--junit'], 'junit'],
      [['all', '--store'], 'store'],
      [['all', '--budget'], 'budget'],
      [['all', '--layer'], 'layer'],
      [['list', '--paper', ''], 'paper'],
      [['report', '--out'], 'out'],
      [['report', '--format'], 'format'],
      [['baseline', 'save', 'b.json', '--seed'], 'seed'],
      [['results', 'merge', 'x', '--out'], 'out'],
      [['explore', 'degenerate', '--k'], 'k'],
    ] as const) {
      await usage(args, new RegExp(`^verify: --${flag}: expected a value$`));
    }
  });
  it('should refuse conflicting budgets', async () => {
    await usage(
      ['all', '--budget', 'full', '--quick'],
      /^verify: --budget full and --quick conflict: choose one budget$/,
    );
    await usage(['all', '--quick', '--full'], /^verify: --quick and --full conflict: choose one budget$/);
  });
  it('should refuse a bad --jobs for either baseline action', async () => {
    for (const action of ['save', 'check'])
      await usage(['baseline', action, 'b.json', '--jobs', '0'], /^verify: --jobs: expected an integer ≥ 1, got "0"$/);
  });
  it('should refuse flags of the other baseline action', async () => {
    await usage(['baseline', 'save', 'b.json', '--rtol', '0.1'], /^verify: --rtol: only for `baseline check`$/);
    await usage(
      ['baseline', 'check', 'b.json', '--budget', 'full'],
      /^verify: --budget: only for `baseline save` \(check reads it from the file\)$/,
    );
  });
});

describe('baseline files, validated on read', () => {
  const valid = {
    schema: 'optverify/baseline',
    schemaVersion: 1,
    selection: { kind: 'all' },
    seed: 0,
    budget: 'quick',
    provenance: { optverify: '0', node: 'v20', platform: 'linux', versions: {} },
    backend: null,
    checks: [
      {
        theorem: 'toy',
        check: 'one',
        layer: 'symbolic',
        status: 'pass',
        informational: false,
        measured: 1,
        expected: 1,
        tolerance: { kind: 'abs', atol: 0.5 },
        drift: null,
        method: 'm',
        source: 's',
        key: 'k',
        backend: null,
        futureField: 3,
      },
    ],
  };
  const toy = defineTheorem(
    {
      id: 'toy',
      paper: 'gsi',
      labels: ['toy-1'],
      title: 'toy',
      statement: { text: '', latex: '' },
      hypotheses: [],
      settings: {},
      expectations: { one: { expected: 1, tolerance: { kind: 'abs', atol: 0.5 }, source: 's' } },
    },
    [{ name: 'one', layer: 'symbolic', run: () => ({ measured: 1, method: 'm', work: 1 }) }],
  );
  it('should refuse mistyped fields with one line naming the field', async () => {
    for (const [patch, pattern] of [
      [{ seed: 'abc' }, /seed: expected a non-negative integer, got "abc"/],
      [{ seed: -1 }, /seed: expected a non-negative integer, got -1/],
      [{ budget: 'medium' }, /budget: expected .*quick.*full.*, got "medium"/],
      [{ checks: [1, 'x', null] }, /checks\[0\]: expected an object, got 1/],
      [
        { checks: [{ ...valid.checks[0], status: 'maybe' }] },
        /checks\[0\]\.status: expected pass, fail, skip or error, got "maybe"/,
      ],
      [
        { checks: [{ ...valid.checks[0], measured: undefined }] },
        /checks\[0\]\.measured: expected a number or a string or null, got nothing/,
      ],
      [{ selection: { kind: 'theorems', ids: [] } }, /selection\.ids: expected a non-empty list of strings/],
      [{ selection: 'all' }, /selection: expected/],
    ] as const) {
      const cwd = tmp();
      writeFileSync(join(cwd, 'b.json'), JSON.stringify({ ...valid, ...patch }));
      const io = { ...fakeIo(), cwd };
      expect(await main(['baseline', 'check', 'b.json'], io), JSON.stringify(patch)).toBe(2);
      expect(io.stderr, JSON.stringify(patch)).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^verify: baseline check: b\.json: /);
      expect(io.stderr[0]).toMatch(pattern);
    }
  });
  it('should accept unknown extra fields (a later optverify may add some)', async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'b.json'), JSON.stringify({ ...valid, addedLater: { x: 1 } }));
    const io = { ...fakeIo(), cwd };
    expect(await baselineCommandBody([toy], { action: 'check', file: 'b.json', store: false }, io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/baseline check passed/);
  });
});

describe('verify explore', () => {
  it('should exit 1 with one clear line when the adam-flow integration fails', async () => {
    const io = fakeIo();
    expect(await main(['explore', 'adam-flow', '--amplitude', '1000'], io)).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toEqual([
      expect.stringMatching(
        /^verify: explore adam-flow: the integration failed \(non-finite after \d+ rhs evaluations\)/,
      ),
    ]);
  });
  it('should still print the table for a well-posed adam-flow', async () => {
    const io = fakeIo();
    expect(await main(['explore', 'adam-flow', '--t', '200'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/200\.000/);
  });
  it('should say there is no fixed point, and predict no rate, for degenerate k=6 β1=0.95 β2=0.9', async () => {
    const io = fakeIo();
    expect(await main(['explore', 'degenerate', '--k', '6', '--beta1', '0.95', '--beta2', '0.9'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/fixed point does not exist/);
    expect(text).not.toMatch(/predicted rate x_\{t\+1\}\/x_t →/);
    expect(text).toMatch(/no predicted rate: no fixed point exists/);
    const json = fakeIo();
    expect(await main(['explore', 'degenerate', '--k', '6', '--beta1', '0.95', '--beta2', '0.9', '--json'], json)).toBe(
      0,
    );
    expect(JSON.parse(json.stdout.join(''))).toMatchObject({ exists: false, rate_predicted: null });
    const stable = fakeIo();
    expect(
      await main(['explore', 'degenerate', '--k', '4', '--beta1', '0.9', '--beta2', '0.93', '--json'], stable),
    ).toBe(0);
    expect(JSON.parse(stable.stdout.join(''))).toMatchObject({ exists: true, rate_predicted: expect.any(Number) });
  });
});
