import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateRemaining, formatDuration, progressSink } from '../../src/cli/progress.js';
import { fitWidth } from '../../src/report/format.js';
import { progressIntervalMs } from '../../src/cli/options.js';
import { fakeIo } from '../helpers/fake-io.js';

const result = {
  theorem: 't',
  name: 'c',
  layer: 'ode' as const,
  informational: false,
  ms: 12.3,
  status: 'skip' as const,
  reason: 'r',
};

/** A clock the test moves by hand. */
const clock = () => {
  let t = 0;
  return {
    now: () => t,
    advance: (ms: number): void => {
      t += ms;
    },
  };
};

describe('progress when stderr is piped', () => {
  it('should print a status line every interval, with checks, training runs, the check, elapsed and ETA', () => {
    const io = fakeIo();
    const c = clock();
    const p = progressSink(io, { now: c.now, intervalMs: 10_000, timer: false });
    p.onCheck({ theorem: 't', check: 'a', index: 0, total: 4 });
    c.advance(5_000);
    p.onCheck({ theorem: 't', check: 'a', index: 0, total: 4, result });
    p.onCheck({ theorem: 't', check: 'sweep', index: 1, total: 4 });
    expect(io.stderr).toEqual([]); // 5 s: not yet, and never one line per step
    c.advance(5_000);
    p.onProgress({ theorem: 't', check: 'sweep', done: 1, total: 2 });
    // the sweep: 5 s per run × 1 run left; then 2 checks × the 5 s mean of the finished one
    expect(io.stderr).toEqual(['progress: 1/4 checks, training run 1/2, in t sweep; 10s elapsed, ETA ~15s']);
    c.advance(9_000);
    p.onProgress({ theorem: 't', check: 'sweep', done: 2, total: 2 });
    expect(io.stderr).toHaveLength(1);
    c.advance(1_000);
    p.onCheck({ theorem: 't', check: 'sweep', index: 1, total: 4, result });
    // 2 checks left × the 10 s mean of the finished two (5 s and 15 s)
    expect(io.stderr[1]).toBe('progress: 2/4 checks; 20s elapsed, ETA ~20s');
    p.close();
  });
  it('should pace a sweep by its latest runs, not by runs read back from the cache at its start', () => {
    const io = fakeIo();
    const c = clock();
    const p = progressSink(io, { now: c.now, intervalMs: 0, timer: false });
    p.onCheck({ theorem: 't', check: 'sweep', index: 0, total: 1 });
    for (let done = 1; done <= 7; done++) p.onProgress({ theorem: 't', check: 'sweep', done, total: 27 }); // cached
    for (let done = 8; done <= 13; done++) {
      c.advance(10_000);
      p.onProgress({ theorem: 't', check: 'sweep', done, total: 27 });
    }
    c.advance(5_000);
    p.onProgress({ theorem: 't', check: 'sweep', done: 13, total: 27 });
    // 10 s per run over the last 5 runs × 14 left − 5 s into the next (all 13: 65 s · 14/13 ≈ 1m10s)
    expect(io.stderr.at(-1)).toBe('progress: 0/1 checks, training run 13/27, in t sweep; 1m05s elapsed, ETA ~2m15s');
  });
  it('should say ETA ? before any work has finished', () => {
    const io = fakeIo();
    const c = clock();
    const p = progressSink(io, { now: c.now, intervalMs: 1_000, timer: false });
    p.onCheck({ theorem: 't', check: 'a', index: 0, total: 3 });
    c.advance(61_000);
    p.onProgress({ theorem: 't', check: 'a', done: 0, total: 5 });
    expect(io.stderr).toEqual(['progress: 0/3 checks, training run 0/5, in t a; 1m01s elapsed, ETA ?']);
  });
  it('should print from the wall-clock timer while a check emits no event', async () => {
    const io = fakeIo();
    const p = progressSink(io, { intervalMs: 0 });
    p.onCheck({ theorem: 't', check: 'slow', index: 0, total: 1 });
    const before = io.stderr.length;
    await new Promise((r) => setTimeout(r, 600));
    p.close();
    expect(io.stderr.length).toBeGreaterThan(before);
    expect(io.stderr.at(-1)).toMatch(/^progress: 0\/1 checks, in t slow; \ds elapsed, ETA \?$/);
  });
  it('should read the interval from OPTVERIFY_PROGRESS_INTERVAL in seconds and refuse a bad one', () => {
    expect(progressIntervalMs({})).toEqual({ ok: true, value: undefined });
    expect(progressIntervalMs({ OPTVERIFY_PROGRESS_INTERVAL: '2.5' })).toEqual({ ok: true, value: 2500 });
    for (const bad of ['', '-1', 'soon'])
      expect(progressIntervalMs({ OPTVERIFY_PROGRESS_INTERVAL: bad }).ok, bad).toBe(false);
  });
});

describe('progress on a TTY', () => {
  it('should redraw one bar line and keep only the finished checks as lines', () => {
    const inline: string[] = [];
    const io = { ...fakeIo(), stderrIsTTY: true, errInline: (t: string) => inline.push(t) };
    const c = clock();
    const p = progressSink(io, { now: c.now, columns: 200, timer: false });
    p.onCheck({ theorem: 't', check: 'a', index: 0, total: 2 });
    c.advance(2_000);
    p.onCheck({ theorem: 't', check: 'a', index: 0, total: 2, result });
    p.onCheck({ theorem: 't', check: 'c', index: 1, total: 2 });
    c.advance(4_000);
    p.onProgress({ theorem: 't', check: 'c', done: 10, total: 20 });
    p.onCheck({ theorem: 't', check: 'c', index: 1, total: 2, result });
    // 4 s for 10 of 20 runs: 4 s left, and no check after this one
    expect(inline[3]).toBe(`[2/2] t c ${'█'.repeat(10)}${'░'.repeat(10)} 10/20 · 6s elapsed, ETA ~4s`);
    expect(inline.at(-1)).toBe('');
    expect(io.stderr).toEqual(['[1/2] t a: skip (12 ms)', '[2/2] t c: skip (12 ms)']);
  });
  it('should clear the bar before another line and redraw it after', () => {
    const inline: string[] = [];
    const io = { ...fakeIo(), stderrIsTTY: true, errInline: (t: string) => inline.push(t) };
    const p = progressSink(io, { columns: 200, timer: false });
    p.onCheck({ theorem: 't', check: 'c', index: 0, total: 1 });
    p.print('verify: dropped a cache file');
    expect(io.stderr).toEqual(['verify: dropped a cache file']);
    expect(inline.slice(1).map((l) => l.slice(0, 9))).toEqual(['', '[1/1] t c']);
  });
  it('should never draw a line wider than the terminal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 160 }),
        fc.string({ maxLength: 120 }),
        fc.nat(1000),
        fc.integer({ min: 1, max: 1000 }),
        (columns, check, done, total) => {
          const inline: string[] = [];
          const io = { ...fakeIo(), stderrIsTTY: true, errInline: (t: string) => inline.push(t) };
          const p = progressSink(io, { columns, timer: false });
          p.onCheck({ theorem: 'max-update-bound', check, index: 0, total: 3 });
          p.onProgress({ theorem: 'max-update-bound', check, done, total });
          for (const line of inline) expect([...line].length).toBeLessThan(Math.max(2, columns));
        },
      ),
    );
  });
  it('should read the width from the io at each redraw (a resized terminal)', () => {
    const inline: string[] = [];
    let columns = 120;
    const io = {
      ...fakeIo(),
      stderrIsTTY: true,
      errInline: (t: string) => inline.push(t),
      get stderrColumns() {
        return columns;
      },
    };
    const p = progressSink(io, { timer: false });
    p.onCheck({ theorem: 'a-long-theorem-name', check: 'a_long_check_name_with_a_sweep', index: 0, total: 9 });
    columns = 30;
    p.onProgress({ theorem: 'a-long-theorem-name', check: 'a_long_check_name_with_a_sweep', done: 1, total: 9 });
    expect([...inline[0]].length).toBeGreaterThan(30);
    expect([...inline[1]].length).toBe(29);
    expect(inline[1].endsWith('…')).toBe(true);
    p.onCheck({ theorem: 'a-long-theorem-name', check: 'a_long_check_name_with_a_sweep', index: 0, total: 9, result });
    expect(io.stderr).toEqual(['[1/9] a-long-t…: skip (12 ms)']); // 29 columns, the status whole
  });
});

describe('progress helpers', () => {
  it('should format durations and cut text to a width', () => {
    expect([0, 42_400, 245_000, 3_725_000].map(formatDuration)).toEqual(['0s', '42s', '4m05s', '1h02m']);
    expect(fitWidth('abcdef', 6)).toBe('abcdef');
    expect(fitWidth('abcdef', 4)).toBe('abc…');
    expect(fitWidth('█░█░', 3)).toBe('█░…');
  });
  it('should estimate the time left from finished work: runs of the current sweep, mean of finished checks', () => {
    expect(estimateRemaining({ checksDone: 0, checksTotal: 3, finishedMs: 0, current: null })).toBeNull();
    expect(estimateRemaining({ checksDone: 2, checksTotal: 5, finishedMs: 4_000, current: null })).toBe(6_000);
    // 30 s for 3 of 10 runs → 70 s more; then one check at the 1 s mean
    const sweep = { ms: 30_000, runsDone: 3, runsTotal: 10 };
    expect(estimateRemaining({ checksDone: 1, checksTotal: 3, finishedMs: 1_000, current: sweep })).toBe(71_000);
    expect(
      estimateRemaining({ checksDone: 1, checksTotal: 3, finishedMs: 1_000, current: { ...sweep, runsDone: 0 } }),
    ).toBeNull();
    // a check without runs already longer than the mean: nothing more is assumed for it
    expect(estimateRemaining({ checksDone: 2, checksTotal: 4, finishedMs: 2_000, current: { ms: 9_000 } })).toBe(1_000);
  });
});
