/**
 * The float64 kernels with `convention: 'pytorch'` against torch.optim itself: the recorded gradients
 * of test/fixtures/pytorch/trajectories.json (made by generate.py there) are replayed through the
 * kernels and every step's parameters must match torch's to 1e-12 relative. The `'paper'` convention
 * (ε added to the uncorrected √v) must visibly differ at ε = 1e-3, which is what makes the names matter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adam, adamw, rmsprop } from '../../../../src/numeric/optimizers/index.js';
import type { AdamState, Optimizer, OptimizerConvention } from '../../../../src/numeric/optimizers/index.js';

interface Case {
  readonly name: string;
  readonly optimizer: 'torch.optim.Adam' | 'torch.optim.AdamW' | 'torch.optim.RMSprop';
  readonly hyperparameters: Record<string, number | boolean | number[]>;
  readonly grads: number[][];
  readonly params: number[][];
}
interface Fixture {
  readonly torch_version: string;
  readonly dtype: string;
  readonly steps: number;
  readonly problem: { readonly p0: number[] };
  readonly cases: readonly Case[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/pytorch/trajectories.json', import.meta.url), 'utf8'),
) as Fixture;

function kernel(c: Case, convention: OptimizerConvention): Optimizer<AdamState> {
  const h = c.hyperparameters;
  const lr = h.lr as number;
  const eps = h.eps as number;
  if (c.optimizer === 'torch.optim.RMSprop') {
    expect([h.momentum, h.centered, h.weight_decay]).toEqual([0, false, 0]);
    return rmsprop({ lr, beta2: h.alpha as number, eps, convention });
  }
  const [beta1, beta2] = h.betas as number[];
  expect(h.amsgrad).toBe(false);
  if (c.optimizer === 'torch.optim.Adam') {
    expect(h.weight_decay).toBe(0);
    return adam({ lr, beta1, beta2, eps, biasCorrection: true, convention });
  }
  return adamw({ lr, beta1, beta2, eps, biasCorrection: true, weightDecay: h.weight_decay as number, convention });
}

/** Max over steps and coordinates of |kernel − torch| / |torch|, replaying torch's gradients. */
function maxRelDeviation(c: Case, convention: OptimizerConvention): number {
  const opt = kernel(c, convention);
  let p = Float64Array.from(fixture.problem.p0);
  let state = opt.init(p);
  let worst = 0;
  c.grads.forEach((g, k) => {
    const out = opt.step(p, Float64Array.from(g), state);
    [p, state] = [out.params, out.state];
    c.params[k].forEach((want, i) => {
      worst = Math.max(worst, Math.abs(p[i] - want) / Math.abs(want));
    });
  });
  return worst;
}

describe(`optimizer kernels against torch ${fixture.torch_version} (${fixture.dtype})`, () => {
  it('should hold 50 steps of each of the six cases, recorded by torch in float64', () => {
    expect(fixture.dtype).toBe('float64');
    expect(fixture.torch_version).toMatch(/^\d+\.\d+/);
    expect(fixture.cases.map((c) => c.name)).toEqual([
      'adam_eps1e-8',
      'adam_eps1e-3',
      'adamw_wd0.1_eps1e-8',
      'adamw_wd0.1_eps1e-3',
      'rmsprop_eps1e-8',
      'rmsprop_eps1e-3',
    ]);
    for (const c of fixture.cases) {
      expect(c.grads).toHaveLength(fixture.steps);
      expect(c.params).toHaveLength(fixture.steps);
      expect(fixture.steps).toBe(50);
    }
  });

  for (const c of fixture.cases) {
    it(`should match torch's ${c.name} at every step to 1e-12 relative with convention 'pytorch'`, () => {
      expect(maxRelDeviation(c, 'pytorch')).toBeLessThanOrEqual(1e-12);
    });
  }

  it("should differ from torch with the 'paper' Adam/AdamW convention at ε = 1e-3 (ε added to the uncorrected √v)", () => {
    for (const name of ['adam_eps1e-3', 'adamw_wd0.1_eps1e-3']) {
      const c = fixture.cases.find((x) => x.name === name)!;
      // at step 1, √v = √(1 − β2)|g| ≈ 0.03|g|: ε = 1e-3 against ε√(1 − β2) moves the update by ~3% for |g| ~ 1
      expect(maxRelDeviation(c, 'paper')).toBeGreaterThan(1e-4);
    }
    // at ε = 1e-8 the difference is ~1e4 times smaller, but still far above float64 round-off
    expect(maxRelDeviation(fixture.cases.find((x) => x.name === 'adam_eps1e-8')!, 'paper')).toBeGreaterThan(1e-10);
  });

  it("should coincide for RMSProp: torch.optim.RMSprop is the 'paper' arithmetic (β1 = 0, ε outside √v, no bias correction)", () => {
    for (const name of ['rmsprop_eps1e-8', 'rmsprop_eps1e-3'])
      expect(maxRelDeviation(fixture.cases.find((x) => x.name === name)!, 'paper')).toBeLessThanOrEqual(1e-12);
  });
});

describe('optimizer conventions', () => {
  const grads = [
    [3, -0.5],
    [1, 0.25],
    [-2, 1e-3],
  ];
  const steps = (opt: Optimizer<AdamState>) => {
    let p = Float64Array.from([1, -1]);
    let s = opt.init(p);
    for (const g of grads) [p, s] = ((o) => [o.params, o.state])(opt.step(p, Float64Array.from(g), s));
    return Array.from(p);
  };

  it("should leave the default unchanged: convention 'paper' is bit-identical to no convention", () => {
    const base = { lr: 0.1, beta1: 0.9, beta2: 0.99, eps: 1e-3, biasCorrection: true };
    expect(steps(adam({ ...base, convention: 'paper' }))).toEqual(steps(adam(base)));
    expect(steps(adamw({ ...base, weightDecay: 0.1, convention: 'paper' }))).toEqual(
      steps(adamw({ ...base, weightDecay: 0.1 })),
    );
    expect(steps(rmsprop({ lr: 0.1, beta2: 0.99, eps: 1e-3, convention: 'paper' }))).toEqual(
      steps(rmsprop({ lr: 0.1, beta2: 0.99, eps: 1e-3 })),
    );
  });

  it("should compute torch's m̂/(√v̂ + ε) = c·m/(√v + ε√(1 − β2^t)) by hand at step 1", () => {
    // step 1, g = 3: m = 0.3, v = 0.09; m̂ = 3, v̂ = 9 → u = 3/(3 + ε); paper: √(1−0.99)/(0.1)·0.3/(0.3 + ε)
    const u = (convention: OptimizerConvention) =>
      adam({ lr: 1, beta1: 0.9, beta2: 0.99, eps: 0.5, convention }).step(Float64Array.of(0), Float64Array.of(3), {
        step: 0,
        m: Float64Array.of(0),
        v: Float64Array.of(0),
      }).update[0];
    expect(Math.abs(u('pytorch') - 3 / 3.5)).toBeLessThan(1e-15);
    expect(Math.abs(u('paper') - (Math.sqrt(0.01) / 0.1) * (0.3 / 0.8))).toBeLessThan(1e-15);
  });

  it("should reject options that contradict convention 'pytorch'", () => {
    expect(() => adam({ lr: 1, beta1: 0.9, beta2: 0.99, biasCorrection: false, convention: 'pytorch' })).toThrow(
      RangeError,
    );
    expect(() => adam({ lr: 1, beta1: 0.9, beta2: 0.99, epsPlacement: 'inside-root', convention: 'pytorch' })).toThrow(
      RangeError,
    );
    expect(() =>
      adamw({ lr: 1, beta1: 0.9, beta2: 0.99, weightDecay: 0.1, init: 'first-gradient', convention: 'pytorch' }),
    ).toThrow(RangeError);
    expect(() => rmsprop({ lr: 1, beta2: 0.99, epsPlacement: 'inside-root', convention: 'pytorch' })).toThrow(
      RangeError,
    );
  });
});
