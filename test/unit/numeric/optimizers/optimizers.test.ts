import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  adam,
  adamw,
  gd,
  heavyBall,
  kAdam,
  kAdamLevels,
  rmsprop,
  signGd,
} from '../../../../src/numeric/optimizers/index.js';
import type { Optimizer } from '../../../../src/numeric/optimizers/index.js';
import { expectClose } from '../../../helpers/expect-close.js';
import { beta, gradient } from '../../../helpers/arbitraries.js';
import { fcParams } from '../../../helpers/fast-check.js';

function run<S>(opt: Optimizer<S>, x0: number[], grads: number[][]): { params: Float64Array; updates: Float64Array[] } {
  let params = Float64Array.from(x0);
  let state = opt.init(params);
  const updates: Float64Array[] = [];
  for (const g of grads) {
    const out = opt.step(params, Float64Array.from(g), state);
    params = out.params;
    state = out.state;
    updates.push(out.update);
  }
  return { params, updates };
}

describe('optimizer kernels against hand-computed values', () => {
  it('should take raw Adam steps as in gsi eqs. (1)–(3)', () => {
    // β1 = 0.5, β2 = 0.75, g = (2, −1) then (4, 1), ε = 0, zero init:
    // m1 = (1, −0.5), v1 = (1, 0.25) → R1 = (1, −1); m2 = (2.5, 0.25), v2 = (4.75, 0.4375)
    const { updates, params } = run(
      adam({ lr: 0.1, beta1: 0.5, beta2: 0.75 }),
      [0, 0],
      [
        [2, -1],
        [4, 1],
      ],
    );
    expectClose(updates[0][0], 1);
    expectClose(updates[0][1], -1);
    expectClose(updates[1][0], 2.5 / Math.sqrt(4.75));
    expectClose(updates[1][1], 0.25 / Math.sqrt(0.4375));
    expectClose(params[0], -0.1 * (1 + 2.5 / Math.sqrt(4.75)));
  });
  it('should bias-correct as ctadam u_n (= PyTorch when ε = 0; see pytorch-fixture.test.ts)', () => {
    // step 1: m̂ = g, v̂ = g² → u = sign(g) when ε = 0
    const { updates } = run(adam({ lr: 1, beta1: 0.9, beta2: 0.999, biasCorrection: true }), [0], [[3], [1]]);
    expectClose(updates[0][0], 1);
    // step 2: m = 0.9·0.3 + 0.1 = 0.37, v = 0.999·0.009 + 0.001 = 0.009991; u = √(1−0.999²)/(1−0.81)·m/√v
    expectClose(updates[1][0], (Math.sqrt(1 - 0.999 ** 2) / (1 - 0.81)) * (0.37 / Math.sqrt(0.009991)));
  });
  it('should place ε inside or outside the root', () => {
    const g = [[2]];
    const inside = run(adam({ lr: 1, beta1: 0, beta2: 0, eps: 5, epsPlacement: 'inside-root' }), [0], g).updates[0][0];
    const outside = run(adam({ lr: 1, beta1: 0, beta2: 0, eps: 5, epsPlacement: 'outside-root' }), [0], g)
      .updates[0][0];
    expectClose(inside, 2 / 3);
    expectClose(outside, 2 / 7);
  });
  it('should step GD, heavy ball and signGD', () => {
    expectClose(run(gd({ lr: 0.5 }), [1], [[4]]).params[0], -1);
    // m1 = 0.5·2 = 1, m2 = 0.5·1 + 0.5·2 = 1.5 → x = 0 − 0.1 − 0.15
    expectClose(run(heavyBall({ lr: 0.1, momentum: 0.5 }), [0], [[2], [2]]).params[0], -0.25);
    expectClose(run(signGd({ lr: 0.25 }), [1, 1], [[-3, 0.1]]).params[1], 0.75);
  });
  it('should decay weights in AdamW', () => {
    // u = sign(g) = 1 at step 1; x = 2 − 0.1(1 + 0.5·2) = 1.8
    expectClose(
      run(adamw({ lr: 0.1, beta1: 0.9, beta2: 0.999, biasCorrection: true, weightDecay: 0.5 }), [2], [[1]]).params[0],
      1.8,
    );
  });
  it('should reject β outside [0, 1)', () => {
    let threw = false;
    try {
      adam({ lr: 1, beta1: 1, beta2: 0.9 });
    } catch {
      threw = true;
    }
    if (!threw) throw new Error('expected a RangeError');
  });
});

describe('optimizer equivalences (optax test_rms_match_adam style)', () => {
  const grads = (n: number) => fc.array(gradient(n), { minLength: 1, maxLength: 12 });
  it('should make Adam with β1 = 0 equal RMSProp', () => {
    fc.assert(
      fc.property(beta(), grads(3), (b2, gs) => {
        const a = run(adam({ lr: 0.01, beta1: 0, beta2: b2 }), [1, 2, 3], gs);
        const r = run(rmsprop({ lr: 0.01, beta2: b2 }), [1, 2, 3], gs);
        a.params.forEach((x, i) => expectClose(x, r.params[i], { rtol: 0 }));
      }),
      fcParams(),
    );
  });
  it('should make AdamW with weightDecay = 0 equal Adam', () => {
    fc.assert(
      fc.property(beta(), beta(), grads(2), (b1, b2, gs) => {
        const a = run(adam({ lr: 0.01, beta1: b1, beta2: b2, biasCorrection: true }), [1, -1], gs);
        const w = run(adamw({ lr: 0.01, beta1: b1, beta2: b2, biasCorrection: true, weightDecay: 0 }), [1, -1], gs);
        a.params.forEach((x, i) => expectClose(x, w.params[i], { rtol: 0 }));
      }),
      fcParams(),
    );
  });
  it('should make 1-Adam equal bias-corrected Adam (ctadam algorithm 1)', () => {
    fc.assert(
      fc.property(beta(), beta(), grads(2), (b1, b2, gs) => {
        const a = run(adam({ lr: 0.01, beta1: b1, beta2: b2, biasCorrection: true, eps: 1e-30 }), [1, -1], gs);
        const k = run(kAdam({ lr: 0.01, levels: [{ beta1: b1, beta2: b2 }] }), [1, -1], gs);
        a.params.forEach((x, i) => expectClose(x, k.params[i], { rtol: 1e-14, atol: 1e-16 }));
      }),
      fcParams(),
    );
  });
  it('should make heavy ball with momentum 0 equal GD', () => {
    fc.assert(
      fc.property(grads(2), (gs) => {
        const h = run(heavyBall({ lr: 0.1, momentum: 0 }), [1, -1], gs);
        const g = run(gd({ lr: 0.1 }), [1, -1], gs);
        h.params.forEach((x, i) => expectClose(x, g.params[i], { rtol: 0 }));
      }),
      fcParams(),
    );
  });
  it('should keep coordinates independent: appending zeros leaves the others unchanged', () => {
    fc.assert(
      fc.property(beta(), beta(), grads(2), (b1, b2, gs) => {
        const a = run(adam({ lr: 0.01, beta1: b1, beta2: b2 }), [1, -1], gs);
        const b = run(
          adam({ lr: 0.01, beta1: b1, beta2: b2 }),
          [1, -1, 0],
          gs.map((g) => [...g, 0]),
        );
        a.params.forEach((x, i) => expectClose(x, b.params[i], { rtol: 0 }));
      }),
      fcParams(),
    );
  });
  it('should keep all four k-Adam strategies in B+ (β_i > γ_i)', () => {
    for (const s of ['inverse-exp', 'exp', 'scaled', 'naive'] as const) {
      for (const k of [1, 2, 3])
        for (const l of kAdamLevels(s, k)) if (!(l.beta2 > l.beta1)) throw new Error(`${s} k=${k} leaves B+`);
    }
  });
});
