import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAdamWWithOde, adamwOdeRhs } from '../../../../src/numeric/ctadam/adamw-ode.js';
import {
  derivedLambda,
  directionGap,
  directionOdeInitial,
  directionOdeRhs,
  statedLambda,
} from '../../../../src/numeric/ctadam/direction-ode.js';
import { emaOdeGap, lemmaOneRates } from '../../../../src/numeric/ctadam/ema-gap.js';
import { rotationUpdate } from '../../../../src/numeric/ctadam/index.js';
import { expectClose } from '../../../helpers/expect-close.js';
import { fcParams } from '../../../helpers/fast-check.js';

describe('lemma 1 against the discrete moving averages', () => {
  const base = { beta: 0.99, gamma: 0.9, samples: 200, transientSteps: 20, rtol: 1e-11 };
  it('should state the rates (1 − γ)/γ and (1 − β)/β', () => {
    expect(lemmaOneRates(0.999, 0.9)).toEqual({ rateM: (1 - 0.9) / 0.9, rateV: (1 - 0.999) / 0.999 });
  });

  it('should find an O(1) transient that does not shrink with h and a window gap that shrinks like h²', () => {
    const gap = (h: number) =>
      emaOdeGap({
        ...base,
        h,
        g: (t) => 1 + 0.5 * Math.sin(t),
        windowStart: 30 * 1e-3 * 100,
        windowEnd: 30 * 1e-3 * 100 + 2,
        rates: lemmaOneRates(0.99, 0.9),
      });
    const [a, b] = [gap(1e-3), gap(5e-4)];
    expectClose(a.gap / b.gap, 4, { rtol: 0.05 });
    expect(a.transientGap).toBeGreaterThan(0.1);
    expectClose(a.transientGap, b.transientGap, { rtol: 1e-3 });
  });

  it('should find no window gap on a constant gradient', () => {
    const r = emaOdeGap({
      ...base,
      h: 1e-3,
      g: () => 2,
      windowStart: 3,
      windowEnd: 4,
      rates: lemmaOneRates(0.99, 0.9),
    });
    expect(r.gap).toBeLessThan(1e-9);
  });
});

describe('proposition 3: eq. (9) beside eq. (7)', () => {
  const u = rotationUpdate((t) => 1 + 0.5 * Math.sin(0.7 * t));
  it('should start on the unit sphere with ⟨Ŵ, Ŵ′⟩ = 0, and the two Λ agree where ‖W‖ = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: 0.1, max: 2 }), (a, r) => {
        const w0 = [r * Math.cos(a), r * Math.sin(a)];
        const y = directionOdeInitial(w0, 0.1, u);
        expectClose(Math.hypot(y[4], y[5]), 1, { rtol: 1e-14 });
        expect(Math.abs(y[4] * y[6] + y[5] * y[7])).toBeLessThan(1e-14);
        const unit = directionOdeInitial([Math.cos(a), Math.sin(a)], 0.1, u);
        const s = directionOdeRhs(2, 0.01, 0.1, u, statedLambda)(0.3, unit);
        const d = directionOdeRhs(2, 0.01, 0.1, u, derivedLambda)(0.3, unit);
        for (let i = 0; i < 8; i++) expectClose(s[i], d[i], { rtol: 1e-12, atol: 1e-12 });
      }),
      fcParams(50),
    );
  });

  it('should measure the direction gap and the drift off the unit sphere', () => {
    expect(directionGap(1, [[2, 0, 1, 0]])).toEqual({ gap: 0, normDrift: 0 });
    expect(directionGap(1, [[2, 0, 1.5, 0]])).toEqual({ gap: 0.5, normDrift: 0.5 });
  });
});

describe('proposition 2: eq. (4) closed loop', () => {
  const grad = (th: readonly number[]) => th.map((x, i) => [1, 4][i] * (x - [8, -8][i]));
  it('should evaluate ψ′ = (−λθ − ψ − u)/(cη) with u = bias·m/√v', () => {
    const p = { eta: 0.01, lambda: 0.5, beta: 0.95, gamma: 0.9, inertia: 0.5 };
    const f = adamwOdeRhs(1, p, (th) => [th[0] - 1]);
    const y = [2, -0.3, 0.4, 0.25];
    const t = 0.5;
    const bias = Math.sqrt(1 - 0.95 ** (1 + t / 0.01)) / (1 - 0.9 ** (1 + t / 0.01));
    const out = f(t, y);
    expectClose(out[0], -0.3);
    expectClose(out[1], (-0.5 * 2 + 0.3 - (bias * 0.4) / 0.5) / (0.5 * 0.01));
    expectClose(out[2], (0.1 / (0.9 * 0.01)) * (1 - 0.4));
    expectClose(out[3], (0.05 / (0.95 * 0.01)) * (1 - 0.25));
  });

  it('should find the discrete AdamW trajectory within O(η²) of eq. (4), and the ηθ″ form only O(η)', () => {
    const gap = (eta: number, inertia: number) =>
      compareAdamWWithOde(
        { eta, lambda: 1, beta: 0.95, gamma: 0.9, inertia },
        grad,
        [0, 0],
        Math.round(1 / eta),
        Math.round(1 / eta),
        1e-11,
      ).gap;
    expectClose(gap(0.01, 0.5) / gap(0.005, 0.5), 4, { rtol: 0.2 });
    expectClose(gap(0.01, 1) / gap(0.005, 1), 2, { rtol: 0.05 });
  });
});
