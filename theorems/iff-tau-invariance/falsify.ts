/**
 * `verify falsify` targets of corollary 3.6, "Adam is gradient-scale-invariant of first order iff β1 = β2", in
 * its discrete form: s = sign(g)·dR̃/dλ at λ = 1 of the Adam kernel (paper form, ε = 0, no bias correction)
 * from the tracking state m = g, v = g², measured by a Richardson-extrapolated central difference in λ
 * (h = 10⁻³ and h/2; truncation O(h⁴), rounding ≈ ε/h) — the kernel itself, no claimed formula. The claim is an
 * iff, so it has two directions, each a target: `if` — nonzero s at β1 = β2; `only-if` — zero s at β1 ≠ β2.
 * Domain: β1, β2 ∈ (0, 1) (logit coordinates, 10⁻⁶ from either end), |g| ∈ [10⁻³, 10³], both signs of g.
 */
import type { FalsifyPoint, FalsifyTarget } from '../../src/core/falsify.js';
import { adamDirectionInPlace } from '../../src/numeric/optimizers/index.js';

const rate = { lo: 1e-6, hi: 1 - 1e-6, scale: 'logit' } as const;
const gMagnitude = { name: 'g', lo: 1e-3, hi: 1e3, scale: 'log' } as const;
const h = 1e-3;
/**
 * "Zero" for the measured s: 10⁻⁹. The measurement's error, over 8·10⁴ random (β, β, g) on the diagonal, is at
 * most 7·10⁻¹³ (and ≤ 1.3·10⁻¹² against β2 − β1 off it), as the error model ε/h + O(h⁴) predicts.
 */
const zero = 1e-9;

const scratch = { m: new Float64Array(1), v: new Float64Array(1), g: new Float64Array(1), u: new Float64Array(1) };

function direction(lambda: number, beta1: number, beta2: number, g: number): number {
  const { m, v, u } = scratch;
  [m[0], v[0], scratch.g[0]] = [g, g * g, lambda * g];
  adamDirectionInPlace({ lr: 1, beta1, beta2, biasCorrection: false }, scratch.g, { step: 1, m, v }, u);
  return u[0];
}

/** sign(g)·dR̃/dλ at λ = 1, the larger in modulus over g and −g. */
export function measuredSensitivity(beta1: number, beta2: number, g: number): number {
  let worst = 0;
  for (const gs of [g, -g]) {
    const d = (x: number) =>
      (Math.sign(gs) * (direction(1 + x, beta1, beta2, gs) - direction(1 - x, beta1, beta2, gs))) / (2 * x);
    const s = (4 * d(h / 2) - d(h)) / 3;
    if (Math.abs(s) >= Math.abs(worst)) worst = s;
  }
  return worst;
}

const surfaceBetas = [1e-3, 0.1, 0.5, 0.9, 0.99, 0.999] as const;
const beta2Of = (p: FalsifyPoint): number => (p.tie === 1 ? p.beta1 : p.beta2);

export const falsifyTargets: readonly FalsifyTarget[] = [
  {
    id: 'iff-tau-invariance/if',
    labels: ['corollary-3.6'],
    statement: 'β1 = β2 ⇒ first-order scale-invariant: sign(g)·dR̃/dλ|₁ = 0 (tracking state)',
    kind: 'rate',
    objective: '|sign(g)·dR̃/dλ| at λ = 1 (Richardson central difference of the Adam kernel)',
    threshold: zero,
    thresholdSource: 'zero to the measurement: 10⁻⁹, over 10³ × its largest measured error on the diagonal',
    params: [
      { name: 'beta1', ...rate },
      { name: 'beta2', ...rate },
      gMagnitude,
      { name: 'tie', lo: 0, hi: 1, scale: 'linear', integer: true },
    ],
    scope: 'β1 = β2 (tie = 1 sets β2 := β1, so the diagonal has positive measure in the search)',
    inScope: (p) => p.beta1 === beta2Of(p),
    evaluate(p) {
      const s = measuredSensitivity(p.beta1, beta2Of(p), p.g);
      return { value: Math.abs(s), detail: { sensitivity: s, beta2_effective: beta2Of(p) } };
    },
    surface: {
      label: 'measured sign(g)·dR̃/dλ at λ = 1 (g = 1): rows β1, columns β2',
      x: { name: 'beta2', values: surfaceBetas },
      y: { name: 'beta1', values: surfaceBetas },
      at: (b2, b1) => measuredSensitivity(b1, b2, 1),
    },
  },
  {
    id: 'iff-tau-invariance/only-if',
    labels: ['corollary-3.6'],
    statement: 'β1 ≠ β2 ⇒ not first-order scale-invariant: sign(g)·dR̃/dλ|₁ ≠ 0 (tracking state)',
    kind: 'rate',
    objective: '10⁻⁹ − |sign(g)·dR̃/dλ| at λ = 1: > 0 where the measured sensitivity is zero',
    threshold: 0,
    thresholdSource: 'zero to the measurement (10⁻⁹, as for `if`)',
    params: [{ name: 'beta1', ...rate }, { name: 'beta2', ...rate }, gMagnitude],
    scope: '|β2 − β1| > 2·10⁻⁹ (β1 ≠ β2 resolved by a measurement whose zero is 10⁻⁹)',
    inScope: (p) => Math.abs(p.beta2 - p.beta1) > 2 * zero,
    evaluate(p) {
      const s = measuredSensitivity(p.beta1, p.beta2, p.g);
      return { value: zero - Math.abs(s), detail: { sensitivity: s, beta_gap: p.beta2 - p.beta1 } };
    },
  },
];
