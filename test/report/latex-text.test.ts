import { describe, expect, it } from 'vitest';
import { latexToText } from '../../src/report/latex-text.js';

describe('latexToText', () => {
  it.each([
    [String.raw`R = \operatorname{sign}(g)\bigl(1 + (\tau_2 - \tau_1)\delta\bigr)`, 'R = sign(g)(1 + (τ₂ − τ₁)δ)'],
    [String.raw`\Lambda^2 + \Lambda' \iff \tau_1 = \tau_2`, "Λ² + Λ' ⟺ τ₁ = τ₂"],
    [String.raw`\frac{a+b}{2} \le \sqrt{x}`, '(a+b)/2 ≤ √x'],
    [String.raw`x_{k+1} = x_k - \eta \nabla f(x_k)`, 'xₖ₊₁ = xₖ − η ∇ f(xₖ)'],
    [String.raw`\beta_1^{n} \in \mathbb{R}`, 'β₁ⁿ ∈ ℝ'],
    [String.raw`g_{\mathrm{bad}}`, 'g_(bad)'],
    [String.raw`g_{\mathrm{max}}`, 'gₘₐₓ'],
    [String.raw`p \wedge q \vee \neg r`, 'p ∧ q ∨ ¬ r'],
    // adjacent fractions are multiplied, never read as one long quotient
    [String.raw`\frac{1-\gamma}{\gamma}\sqrt{\frac{\beta}{1-\beta}}`, '(1−γ)/γ·√(β/(1−β))'],
    [String.raw`\frac{a}{b}\frac{c}{d}`, 'a/b·c/d'],
  ])('should render %s', (src, text) => {
    expect(latexToText(src)).toBe(text);
  });
});
