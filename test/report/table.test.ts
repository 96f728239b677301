/** The terminal table fits its width: columns dropped below 100, rows folded, prose wrapped, colour by styleText. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, Report } from '../../src/core/result.js';
import { fitWidth, textWidth, wrapText } from '../../src/report/format.js';
import { renderTable, shouldColor } from '../../src/report/table.js';
import { verifyTheorems } from '../../src/runner/verify.js';
import { findingsOnly, outcomeZoo } from './synthetic.js';

let zoo: Report;
beforeAll(async () => {
  zoo = await verifyTheorems([outcomeZoo, findingsOnly], { seed: 0, budget: 'quick' });
});
const widest = (text: string): number => Math.max(...text.split('\n').map(textWidth));

/** A report of arbitrary checks: long names, long reasons, counterexamples and a detail table. */
const arbitraryReport = fc
  .array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 60, size: 'max' }).map((s) => s.replace(/\s/g, '_')),
      kind: fc.constantFrom('pass', 'fail', 'skip', 'error'),
      measured: fc.double({ noNaN: true }),
      words: fc.array(
        fc.string({ minLength: 1, maxLength: 30, size: 'max' }).map((s) => s.replace(/\s/g, 'x')),
        {
          maxLength: 30,
          size: 'max',
        },
      ),
      informational: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs): Report => {
    const checks = specs.map((c): CheckResult => {
      const base = { theorem: 'max-update-bound', name: c.name, layer: 'empirical' as const, ms: 12345.6 };
      const informational = c.informational;
      if (c.kind === 'skip') return { ...base, informational, status: 'skip', reason: c.words.join(' ') };
      if (c.kind === 'error')
        return { ...base, informational, status: 'error', error: { code: 'E_X', message: c.words.join(' ') } };
      return {
        ...base,
        informational,
        status: c.kind,
        measured: c.measured,
        expected: 1.23456789,
        tolerance: { kind: 'rel', rtol: 0.001 },
        margin: Math.abs(c.measured),
        method: 'm',
        source: 's',
        detail: { table: ['β1 β2 paper ours', c.words.join(' | ')].join('\n') },
        counterexample: c.kind === 'fail' ? { words: c.words.join(',') } : null,
      };
    });
    return {
      ...structuredClone(zooShape()),
      theorems: [{ ...zooShape().theorems[0], id: 'max-update-bound', checks }],
    };
  });
/** The report's frame (environment, times) from the synthetic run. */
const zooShape = (): Report => zoo;

describe('renderTable at a terminal width', () => {
  it('should never print a line wider than the terminal (80 to 200 columns)', () => {
    fc.assert(
      fc.property(arbitraryReport, fc.integer({ min: 80, max: 200 }), (report, columns) => {
        const text = renderTable(report, { color: false, columns });
        expect(widest(text)).toBeLessThanOrEqual(columns);
      }),
      { numRuns: 200 },
    );
  });
  it('should fit the synthetic report at 80 columns by dropping layer and ms and folding the numbers', () => {
    const text = renderTable(zoo, { color: false, columns: 80 });
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).not.toMatch(/^ {2}layer/m);
    expect(text).toMatch(/^ {2}claim_fail_infinite_margin {2}fail$/m);
    expect(text).toContain('\n      measured 1.5 · expected 1 ±0 · margin Infinity\n');
    // a theorem whose numbers fit keeps them in columns
    expect(text).toMatch(/^ {2}outside_a +finding +4 +1 +±0\.1 +30$/m);
  });
  it('should keep every column at 100 columns and more, and without a width (piped)', () => {
    for (const columns of [120, undefined]) {
      const text = renderTable(zoo, { color: false, columns });
      expect(text).toMatch(/^ {2}layer +check +status +measured +expected +tolerance +margin +ms$/m);
      expect(text).toMatch(/^ {2}ode +claim_fail_infinite_margin +fail +1\.5 +1 +±0 +Infinity +\d+$/m);
    }
  });
  it('should open with budget, seed, backend, versions, when and how long', () => {
    const first = renderTable(zoo, { color: false }).split('\n')[0];
    expect(first).toMatch(
      /^optverify \S+ · budget quick · seed 0 · backend float64 \(no tensor backend used\) · node v\d+\S*, mathjs \S+, nerdamer-prime \S+, .* · started \d{4}-\d\d-\d\dT\S+ · took \d+\.\d s$/,
    );
  });
  it('should name claim failures, errors and findings apart, each in its own colour', () => {
    const text = renderTable(zoo, { color: true, columns: 200 });
    expect(text).toContain(
      '\x1b[31mclaim failures (2): outcome-zoo/claim_fail, outcome-zoo/claim_fail_infinite_margin',
    );
    expect(text).toContain('\x1b[35merrors (1): outcome-zoo/broken');
    expect(text).toMatch(/\x1b\[36mfindings \(5\): outcome-zoo\/finding_a, /);
    // each count painted, the CI line plain
    expect(text).toMatch(/\x1b\[32m3 passed\x1b\[39m, \x1b\[31m2 claim failures\x1b\[39m, \x1b\[36m5 findings/);
    expect(text).toMatch(/^3 passed, 2 failed, 1 errored, 1 skipped \(\+5 findings, not failures\)$/m);
    expect(renderTable(zoo, { color: false, columns: 200 })).not.toMatch(/\x1b\[/);
  });
  it('should colour on FORCE_COLOR even piped, never under NO_COLOR', () => {
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '1', NO_COLOR: '' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });
});

describe('text folding helpers', () => {
  it('should wrap words within the width, indenting continuation lines, and cut a word wider than a line', () => {
    expect(wrapText('  aa bb cc dd', 8, '    ')).toEqual(['  aa bb', '    cc', '    dd']);
    expect(wrapText('abcdefghij', 4, '  ')).toEqual(['abcd', '  ef', '  gh', '  ij']);
    expect(wrapText('short', 80)).toEqual(['short']);
    expect(fitWidth('abcdef', 4)).toBe('abc…');
  });
  it('should keep every word and never exceed the width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,15}$/), { maxLength: 40 }),
        fc.integer({ min: 10, max: 120 }),
        (words, columns) => {
          const lines = wrapText(`  ${words.join(' ')}`, columns, '    ');
          for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(columns);
          expect(lines.join(' ').replace(/\s+/g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});
