import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adam, copyState, gd } from '../../../../src/numeric/optimizers/index.js';
import frozen from './fixtures/step-bits.json' with { type: 'json' };
import { fixtureSeeds, stepConfigs, trajectoryHash } from './step-configs.js';

const bits = (a: Float64Array): number[] => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));
const names = Object.keys(stepConfigs);
const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });

describe('float64 optimizers: in-place step path', () => {
  it('reproduces the frozen trajectories of the allocating path bit for bit (SHA-256 per config and seed)', () => {
    expect(Object.keys(frozen).sort()).toEqual([...names].sort());
    for (const name of names)
      expect(
        fixtureSeeds.map((seed) => trajectoryHash(name, seed)),
        name,
      ).toEqual((frozen as Record<string, string[]>)[name]);
  });

  it('stepInPlace and the pure step give identical bits on random inputs, and step leaves its arguments alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc
          .integer({ min: 1, max: 9 })
          .chain((n) =>
            fc.tuple(
              fc.float64Array({ minLength: n, maxLength: n, min: -1e3, max: 1e3, noNaN: true }),
              fc.array(fc.array(finite, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 }),
            ),
          ),
        (name, [p0, grads]) => {
          const opt = stepConfigs[name]();
          let pure = { params: p0.slice(), state: opt.init(p0) };
          const inPlace = { params: p0.slice(), state: opt.init(p0), update: new Float64Array(p0.length) };
          for (const gs of grads) {
            const g = Float64Array.from(gs);
            const before = { params: bits(pure.params), state: copyState(pure.state) };
            const o = opt.step(pure.params, g, pure.state);
            expect(bits(pure.params)).toEqual(before.params);
            expect(pure.state).toEqual(before.state);
            opt.stepInPlace(inPlace.params, g, inPlace.state, inPlace.update);
            expect(bits(inPlace.params)).toEqual(bits(o.params));
            expect(bits(inPlace.update)).toEqual(bits(o.update));
            expect(inPlace.state).toEqual(o.state);
            pure = { params: o.params, state: o.state };
          }
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });

  it('Adam in place equals an independent straightforward loop of gsi eqs. (1)–(3) with ctadam eq. (1) bias correction', () => {
    fc.assert(
      fc.property(
        fc.float64Array({ minLength: 1, maxLength: 12, min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (g, b1, b2) => {
          const k = adam({ lr: 0.01, beta1: b1, beta2: b2, eps: 1e-8, biasCorrection: true });
          const p = new Float64Array(g.length);
          const s = k.init(p);
          const u = new Float64Array(g.length);
          const ref = { p: new Float64Array(g.length), m: new Float64Array(g.length), v: new Float64Array(g.length) };
          for (let t = 1; t <= 5; t++) {
            k.stepInPlace(p, g, s, u);
            const c = Math.sqrt(1 - b2 ** t) / (1 - b1 ** t);
            for (let i = 0; i < g.length; i++) {
              ref.m[i] = b1 * ref.m[i] + (1 - b1) * g[i];
              ref.v[i] = b2 * ref.v[i] + (1 - b2) * g[i] * g[i];
              const r = (c * ref.m[i]) / (Math.sqrt(ref.v[i]) + 1e-8);
              ref.p[i] = ref.p[i] - 0.01 * (r + 0 * ref.p[i]);
            }
          }
          expect(bits(p)).toEqual(bits(ref.p));
          expect(bits(s.m)).toEqual(bits(ref.m));
          expect(bits(s.v)).toEqual(bits(ref.v));
        },
      ),
      { seed: 16, numRuns: 200 },
    );
  });

  it('a kernel one ulp off in η breaks the frozen hash (the fixture can fail)', () => {
    const mutant = () => gd({ lr: 0.05 * (1 + 2 ** -52) });
    expect(trajectoryHash('gd', 1, 17, 40, mutant)).not.toBe((frozen as Record<string, string[]>).gd[0]);
    expect(trajectoryHash('gd', 1, 17, 40)).toBe((frozen as Record<string, string[]>).gd[0]);
  });
});
