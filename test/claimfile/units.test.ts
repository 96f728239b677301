/** The pieces of claim files on their own: expressions, `where` expansion, the bound's ratio, the schema reference. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundTarget } from '../../src/claimfile/bound.js';
import { claimFileModule, parseClaimFile, readClaimFile } from '../../src/claimfile/index.js';
import { compileFloat, expandDefinitions, expressionProblem } from '../../src/claimfile/expr.js';
import { runTheorem } from '../../src/runner/run.js';
import { fcParams } from '../helpers/fast-check.js';

const repo = new URL('../..', import.meta.url).pathname;

describe('claim-file expressions', () => {
  it('should expand `where` names so the expanded text evaluates as the definitions in order', () => {
    const defs = { a: 'x + y', b: 'a^2 - x', c: 'b*a + 1' };
    const expanded = compileFloat(expandDefinitions('c - 2*b', defs));
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (x, y) => {
        const a = x + y;
        const b = a ** 2 - x;
        const c = b * a + 1;
        const want = c - 2 * b;
        expect(Math.abs(expanded({ x, y }) - want)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(want)));
      }),
      fcParams(200),
    );
  });

  it('should name what is wrong with an expression', () => {
    const names = new Set(['x']);
    expect(expressionProblem('x^2 + sin(x)', names)).toBeNull();
    expect(expressionProblem('x + y', names)).toBe('undeclared name "y" (declared: x)');
    expect(expressionProblem('gamma(x)', names)).toMatch(/^unknown function "gamma"/);
    expect(expressionProblem('x +', names)).toMatch(/^not an expression/);
    expect(expressionProblem('pi*x + e', names)).toBeNull();
  });

  it('should evaluate a complex value as NaN, never as its real part', () => {
    expect(compileFloat('sqrt(x)')({ x: -1 })).toBeNaN();
    expect(compileFloat('sqrt(x)')({ x: 4 })).toBe(2);
  });
});

describe('the bound of claims/orvieto-gower-direction-bound.yaml', () => {
  const mod = claimFileModule(readClaimFile(join(repo, 'claims/orvieto-gower-direction-bound.yaml')));
  const target = mod.falsify![0];
  const point = fc.record({
    beta: fc.double({ min: 0.01, max: 0.999, noNaN: true }),
    m: fc.double({ min: -3, max: 3, noNaN: true }),
    g: fc.double({ min: 0.1, max: 3, noNaN: true }),
    s: fc.double({ min: 0, max: 4, noNaN: true }),
  });

  it('should never exceed 1 inside its scope (48-digit ratio), and be exactly 1 where it is attained', () => {
    fc.assert(
      fc.property(point, (p) => {
        expect(target.inScope(p)).toBe(true);
        expect(target.evaluate(p).value!).toBeLessThanOrEqual(1);
        expect(target.evaluate({ ...p, m: p.g, s: 0 }).value).toBe(1);
      }),
      fcParams(200),
    );
  });

  it('should measure the mutant (Adam defaults β1 = 0.9, β2 = 0.999) above 1 at m = s = 0', () => {
    const c = readClaimFile(join(repo, 'claims/orvieto-gower-direction-bound.yaml'));
    if (c.shape !== 'bound') throw new Error('shape');
    const set = c.mutants[0].set;
    const mutant = boundTarget(c.id, c.labels, c.statement, c.bound, { lhs: set.lhs!, rhs: set.rhs! });
    // (0.1 g)² / (0.001 g²) = 10 for every g, whatever β
    for (const g of [0.1, 1, 3]) expect(mutant.evaluate({ beta: 0.5, m: 0, s: 0, g }).value).toBeCloseTo(10, 12);
    expect(mutant.threshold).toBe(1);
  });
});

describe('claim files and their schema', () => {
  it('should name schema/claim.schema.json in `$schema` in every example and fixture', async () => {
    const { parse } = await import('yaml');
    const dirs = [join(repo, 'claims'), join(repo, 'test/claimfile/fixtures')];
    const files = dirs.flatMap((d) => readdirSync(d).map((f) => join(d, f)));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      const doc = parse(readFileSync(f, 'utf8')) as { $schema?: string };
      expect(resolve(dirname(f), doc.$schema ?? ''), f).toBe(join(repo, 'schema/claim.schema.json'));
    }
  });
});

describe('order files whose setup describes no measurement', () => {
  const base = readFileSync(join(repo, 'claims/gsi-ema-discretisation-order.yaml'), 'utf8');
  it.each([
    ['a step count below 1', base.replace('steps: "T/dt"', 'steps: "T/dt - 2000"'), /dt = 0.005: steps = -1000/],
    [
      'a window starting before t0',
      readFileSync(join(repo, 'claims/gsi-prop-3.2-ema-first-order.yaml'), 'utf8').replace(
        'from: "30*tau"',
        'from: "-1"',
      ),
      /eps = 0.04: need t0 ≤ from < to/,
    ],
  ])('should end `error` (E_ORDER_SETUP) on %s, never a verdict', async (_what, text, message) => {
    const mod = claimFileModule(parseClaimFile(text, 'x.yaml'));
    const [r] = await runTheorem(mod, { seed: 0, budget: 'quick' });
    expect(r.status).toBe('error');
    if (r.status !== 'error') return;
    expect(r.error.code).toBe('E_ORDER_SETUP');
    expect(r.error.message).toMatch(message);
  });
});
