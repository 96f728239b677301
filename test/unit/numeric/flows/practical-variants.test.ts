import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaMaps, tauOfBeta } from '../../../../src/numeric/flows/beta-map.js';
import { discreteFlowGap, discreteUpdates } from '../../../../src/numeric/flows/discrete-gap.js';
import { slowSine } from '../../../../src/numeric/flows/index.js';
import type { Signal } from '../../../../src/numeric/flows/index.js';
import { adam } from '../../../../src/numeric/optimizers/index.js';
import { expectClose } from '../../../helpers/expect-close.js';
import { fcParams } from '../../../helpers/fast-check.js';

const constant = (c: number): Signal => ({ name: 'constant', g: () => c, delta: () => 0, deltaPrime: () => 0 });
const run = {
  dt: 0.01,
  biasCorrection: false,
  init: 'first-gradient',
  windowStart: 5,
  windowEnd: 8,
  samples: 50,
} as const;

describe('β ↔ τ maps (gsi appendix A.1)', () => {
  it('should agree to first order in Δt, differing by Δt²/(2τ²) + O(Δt³), and invert to τ', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 1e-4, max: 1e-2 }), (tau, dt) => {
        const gap = betaMaps.exponential(tau, dt) - betaMaps.linear(tau, dt);
        expectClose(gap, (dt * dt) / (2 * tau * tau), { rtol: dt / tau });
        expectClose(tauOfBeta.exponential(betaMaps.exponential(tau, dt), dt), tau, { rtol: 1e-9 });
        expectClose(tauOfBeta.linear(betaMaps.linear(tau, dt), dt), tau, { rtol: 1e-9 });
      }),
      fcParams(),
    );
  });
});

describe('discrete Adam against the Adam flow', () => {
  it('should find no gap on a constant gradient, raw from (g0, g0²) or bias-corrected from zero moments', () => {
    for (const biasCorrection of [false, true]) {
      const r = discreteFlowGap({ tau1: 1, tau2: 2 }, constant(-3), {
        ...run,
        beta1: Math.exp(-0.01),
        beta2: Math.exp(-0.005),
        biasCorrection,
        init: biasCorrection ? 'zero' : 'first-gradient',
        rtol: 1e-12,
      });
      expect(r.gap).toBeLessThan(1e-12);
      expect(r.transientGap).toBeLessThan(1e-12);
      expect(r.steps).toBe(801);
    }
  });

  it('should halve the gap with Δt on a slow modulation (first order, eq. 4)', () => {
    const sig = slowSine(1, 0.05);
    const gap = (dt: number) =>
      discreteFlowGap({ tau1: 1, tau2: 2 }, sig, {
        ...run,
        dt,
        beta1: Math.exp(-dt),
        beta2: Math.exp(-dt / 2),
        windowStart: 60,
        windowEnd: 100,
        rtol: 1e-12,
      }).gap;
    expectClose(gap(0.02) / gap(0.01), 2, { rtol: 0.05 });
  });

  it('should return the kernel’s updates at the sampled steps', () => {
    const sig = slowSine(1, 0.1);
    const opts = { dt: 0.1, beta1: 0.9, beta2: 0.99, biasCorrection: true, init: 'zero' } as const;
    const got = discreteUpdates(sig, opts, [0, 3, 7]);
    const opt = adam({ lr: 0, beta1: 0.9, beta2: 0.99, biasCorrection: true });
    let state = opt.init(new Float64Array(1));
    const want: number[] = [];
    for (let k = 0; k <= 7; k++) {
      const s = opt.step(new Float64Array(1), Float64Array.of(sig.g(k * 0.1)), state);
      state = s.state;
      if ([0, 3, 7].includes(k)) want.push(s.update[0]);
    }
    expect([...got]).toEqual(want);
    // bias-corrected Adam's first update is sign(g0) exactly
    expect(got[0]).toBe(1);
  });
});
