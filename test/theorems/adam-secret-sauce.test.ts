import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdentity } from '../../proofs-check/index.js';
import type { CheckInput } from '../../src/core/theorem.js';
import { resolveTheoremId } from '../../src/registry/resolve.js';
import { main } from '../../src/cli/main.js';
import { theorems } from '../../theorems/index.js';
import { findPaper } from '../../theorems/papers/registry.js';
import {
  claimedForm,
  derivedForm,
  predictsHolds,
  previousIndexWeight,
  quotedVariants,
} from '../../theorems/adam-secret-sauce/claimed.js';
import mod from '../../theorems/adam-secret-sauce/index.js';
import { checkRecursion, float32, float64, rounding } from '../../theorems/adam-secret-sauce/recursion.js';
import { expectClose } from '../helpers/expect-close.js';
import { fakeIo } from '../helpers/fake-io.js';
import { fcParams } from '../helpers/fast-check.js';
import { runCheck } from '../helpers/run-check.js';

const ctxWith = (mutant: string | null) => ({ input: { check: 'test', mutant } as unknown as CheckInput });
const f32 = Math.fround;

/** Adam's moments (β1 = β2 = β) from m_0 = v_0 = 0, in float32 as tfjs computes them (β and 1 − β as float32 scalars) or in float64. */
function moments(g: Float64Array, beta: number, single: boolean) {
  const r = single ? f32 : (x: number) => x;
  const b = r(beta);
  const c = r(1 - beta);
  const m = new Float64Array(g.length + 1);
  const v = new Float64Array(g.length + 1);
  for (let k = 1; k <= g.length; k++) {
    const gk = r(g[k - 1]);
    m[k] = r(r(m[k - 1] * b) + r(gk * c));
    v[k] = r(r(v[k - 1] * b) + r(r(gk * gk) * c));
  }
  return { g: single ? g.map(f32) : g, m, v };
}

const sequence = fc.record({
  beta: fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
  scale: fc.integer({ min: -6, max: 6 }).map((e) => 10 ** e),
  drift: fc.double({ min: -2, max: 2, noNaN: true }),
  noise: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 50, maxLength: 300 }),
});
const gradients = (s: { scale: number; drift: number; noise: number[] }) =>
  Float64Array.from(s.noise, (n) => s.scale * (s.drift + n));

describe('adam-secret-sauce: the claimed form and its quoted variants', () => {
  it('should put weight β(1−β) on (m_{k−1} − g_k)² and let the mutants move weight or index', () => {
    expect(claimedForm(mod.claim, ctxWith(null))).toBe(derivedForm);
    expect(claimedForm(mod.claim, ctxWith('quoted-weight')).weight(0.9)).toBeCloseTo(0.1, 15);
    expect(claimedForm(mod.claim, ctxWith('current-index')).index).toBe('current');
    expectClose(previousIndexWeight(derivedForm, 0.9), 0.09);
    // m_k − g_k = β(m_{k−1} − g_k): the index-k form needs weight (1 − β)/β
    const own = quotedVariants.find((q) => q.name === 'current_index_own_weight')!;
    expectClose(previousIndexWeight(own, 0.9), 0.09);
    expect(quotedVariants.filter((q) => predictsHolds(derivedForm, q, [0.3, 0.9, 0.99])).map((q) => q.name)).toEqual([
      'current_index_own_weight',
      'previous_index_beta_weight',
    ]);
  });

  it('should refute the form quoted without β, and the m_k form with weight β(1−β), at 48 digits', () => {
    const domain = { b: [0.05, 0.999], m0: [-3, 3], v0: [0, 10], g: [-3, 3] } as const;
    const sk = '((b*v0 + (1 - b)*g^2) - (b*m0 + (1 - b)*g)^2) - b*(v0 - m0^2)';
    const quoted = checkIdentity({ lhs: sk, rhs: '(1 - b)*(m0 - g)^2', domain }, 1);
    expect(quoted.kind).toBe('refuted');
    // its residual is exactly the missing (1 − β)²(m_{k−1} − g_k)²
    expect(checkIdentity({ lhs: `${sk} - (1 - b)*(m0 - g)^2`, rhs: '-(1 - b)^2*(m0 - g)^2', domain }, 1).kind).toBe(
      'closed',
    );
    const index = checkIdentity({ lhs: sk, rhs: 'b*(1 - b)*((b*m0 + (1 - b)*g) - g)^2', domain }, 1);
    expect(index.kind).toBe('refuted');
    expect(checkIdentity({ lhs: sk, rhs: 'b*(1 - b)*(m0 - g)^2', domain }, 1).kind).toBe('closed');
  });
});

describe('adam-secret-sauce: the rounding yardstick (recursion.ts)', () => {
  it('should know the rounding of IEEE floats (u, the least subnormal) and refuse other widths', () => {
    expect(float32).toEqual({ u: 2 ** -24, eta: 2 ** -149 });
    expect(float64).toEqual({ u: 2 ** -53, eta: Number.MIN_VALUE });
    expect(f32(2 ** -149)).toBe(2 ** -149);
    expect(f32(2 ** -151)).toBe(0);
    expect(rounding(16).u).toBe(2 ** -11);
    expect(() => rounding(8)).toThrow(RangeError);
  });

  it('should hold float32 and float64 Adam states within their bound, at every step and unrolled', () => {
    fc.assert(
      fc.property(sequence, (s) => {
        for (const single of [true, false]) {
          const { g, m, v } = moments(gradients(s), s.beta, single);
          const r = checkRecursion(g, m, v, s.beta, s.beta * (1 - s.beta), false, single ? float32 : float64);
          expect(r.stepRatio).toBeLessThanOrEqual(1);
          expect(r.unrolledRatio).toBeLessThanOrEqual(1);
        }
      }),
      fcParams(200),
    );
  });

  it('should not be vacuous: float32 states break the float64 yardstick, and the quoted weight breaks the float32 one', () => {
    const g = gradients({ scale: 1, drift: 0.3, noise: Array.from({ length: 200 }, (_, k) => Math.sin(1.7 * k)) });
    const { m, v, g: g32 } = moments(g, 0.95, true);
    expect(checkRecursion(g32, m, v, 0.95, 0.95 * 0.05, false, float64).stepRatio).toBeGreaterThan(1e3);
    expect(checkRecursion(g32, m, v, 0.95, 0.05, false, float32).stepRatio).toBeGreaterThan(1e4);
    expect(checkRecursion(g32, m, v, 0.95, 0.95 * 0.05, true, float32).stepRatio).toBeGreaterThan(1e4);
    const ok = checkRecursion(g32, m, v, 0.95, 0.95 * 0.05, false, float32);
    expect(ok.stepRatio).toBeGreaterThan(0);
    expect(ok.stepRatio).toBeLessThanOrEqual(1);
    // v_k − m_k² is a visible share of v_k here (noise of amplitude ~0.7 around 0.3)
    expect(ok.varianceShare).toBeGreaterThan(0.3);
    expect(ok.varianceShare).toBeLessThan(1);
  });

  it('should treat an all-zero coordinate as exact, and reject mismatched lengths', () => {
    const z = new Float64Array(5);
    const r = checkRecursion(z, new Float64Array(6), new Float64Array(6), 0.9, 0.09, false, float32);
    expect(r.stepRatio).toBe(0);
    expect(Number.isNaN(r.varianceShare)).toBe(true);
    expect(() => checkRecursion(z, z, z, 0.9, 0.09, false, float32)).toThrow(RangeError);
  });
});

describe('adam-secret-sauce: the checks', () => {
  it('should close both recursions symbolically and judge every variant as the claim predicts', async () => {
    for (const name of ['one_step_recursion', 'unrolled_recursion']) {
      const r = await runCheck(mod, name);
      expect(r.status).toBe('pass');
      if (r.status === 'pass') expect(r.detail?.outcome).toBe('closed');
    }
    const q = await runCheck(mod, 'quoted_variants');
    expect(q.status === 'pass' && q.measured).toBe(0);
    expect(String(q.detail?.ema_without_beta)).toMatch(/^refuted/);
    expect(String(q.detail?.current_index_same_weight)).toMatch(/^refuted/);
  });

  it('should measure the float64 kernels within rounding, and not trivially (ratio well above 0)', async () => {
    for (const name of ['float64_step_recursion', 'float64_unrolled_ema']) {
      const r = await runCheck(mod, name);
      expect(r.status).toBe('pass');
      if (r.status === 'pass') {
        expect(r.measured).toBeGreaterThan(0.01);
        expect(r.measured).toBeLessThanOrEqual(1);
      }
    }
  });

  it('should check the float32 state of a real MNIST training run within float32 rounding', async () => {
    const r = await runCheck(mod, 'training_moment_recursion');
    expect(r.status).toBe('pass');
    if (r.status !== 'pass') return;
    expect(r.detail?.float_bits).toBe(32);
    expect(Number(r.detail?.active_coordinates)).toBeGreaterThan(10);
    expect(r.measured).toBeGreaterThan(0.01);
    expect(r.measured).toBeLessThanOrEqual(1);
    expect(Number(r.detail?.unrolled_ratio)).toBeLessThanOrEqual(1);
  }, 120_000);
});

describe('adam-secret-sauce: a paper added as data', () => {
  it('should register the paper and resolve its label to the module', async () => {
    const p = findPaper('secret-sauce');
    expect(p?.seed).toBeUndefined();
    expect(p?.coverage.map((i) => [i.label, i.status])).toEqual([['proposition-1', 'checked']]);
    expect(theorems).toContain(mod);
    expect(resolveTheoremId('secret-sauce:proposition-1', theorems)).toBe(mod);
    // ctadam has a proposition 1 too: the bare label names both
    expect(() => resolveTheoremId('proposition-1', theorems)).toThrow(
      /use one of: ctadam:proposition-1, secret-sauce:proposition-1/,
    );
    const io = fakeIo();
    expect(await main(['coverage', '--paper', 'secret-sauce'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('proposition-1');
  });
});
