import { describe, expect, it } from 'vitest';
import { progressSink } from '../../src/cli/progress.js';
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

describe('progress', () => {
  it('should print plain lines when stderr is not a TTY', () => {
    const io = fakeIo();
    const p = progressSink(io);
    p.onCheck({ theorem: 't', check: 'c', index: 0, total: 2 });
    p.onProgress({ theorem: 't', check: 'c', done: 3, total: 27 });
    p.onCheck({ theorem: 't', check: 'c', index: 0, total: 2, result });
    expect(io.stderr).toEqual(['[1/2] t c: 3/27', '[1/2] t c: skip (12 ms)']);
  });
  it('should redraw one bar line on a TTY and keep only the finished checks as lines', () => {
    const inline: string[] = [];
    const io = { ...fakeIo(), stderrIsTTY: true, errInline: (t: string) => inline.push(t) };
    const p = progressSink(io);
    p.onCheck({ theorem: 't', check: 'c', index: 1, total: 2 });
    p.onProgress({ theorem: 't', check: 'c', done: 10, total: 20 });
    p.onCheck({ theorem: 't', check: 'c', index: 1, total: 2, result });
    expect(inline[1]).toBe(`[2/2] t c ${'█'.repeat(10)}${'░'.repeat(10)} 10/20`);
    expect(io.stderr).toEqual(['[2/2] t c: skip (12 ms)']);
  });
});
