import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proseToHtml, texToMathml } from '../../src/report/math.js';

/** The MathML of a string with its tags stripped: what a reader sees, in order. */
const glyphs = (html: string): string => html.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<[^>]+>/g, '');

describe('texToMathml (Temml)', () => {
  it('should render \\wedge, \\frac and ^{…} as MathML elements', () => {
    expect(texToMathml(String.raw`a \wedge b`)).toMatch(/<mi>a<\/mi><mo>∧<\/mo><mi>b<\/mi>/);
    expect(texToMathml(String.raw`\frac{a+b}{2}`)).toMatch(
      /<mfrac><mrow><mi>a<\/mi><mo>\+<\/mo><mi>b<\/mi><\/mrow><mn>2<\/mn><\/mfrac>/,
    );
    expect(texToMathml('x^{n+1}')).toMatch(
      /<msup><mi>x<\/mi><mrow[^>]*><mi>n<\/mi><mo>\+<\/mo><mn>1<\/mn><\/mrow><\/msup>/,
    );
    expect(texToMathml('x', true)).toMatch(/^<math display="block"/);
  });
  it('should never throw on bad TeX: the error is marked, the source shown', () => {
    for (const bad of [String.raw`\frac{a`, String.raw`\undefinedmacro{x}`, '}{', '^^', String.raw`\begin{nope}`]) {
      const out = texToMathml(bad);
      expect(out, bad).toMatch(/temml-error|color:#b22222|tex-error/);
    }
  });
  it('should not throw for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(typeof texToMathml(s)).toBe('string');
        expect(typeof proseToHtml(s)).toBe('string');
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});

describe('proseToHtml', () => {
  it('should render script atoms as MathML and keep words, identifiers and text as they are', () => {
    const out = proseToHtml('max ‖u_n^{(i)}‖∞ / bound(β_i, γ_i), see figure3_exponent_B_minus & c_esc');
    expect(out).toMatch(/^max ‖<math><msubsup><mi>u<\/mi><mi>n<\/mi><mrow[^>]*><mo[^>]*>\(<\/mo><mi>i<\/mi>/);
    expect(out).toContain('<msub><mi>β</mi><mi>i</mi></msub>');
    expect(out).toContain('see figure3_exponent_B_minus &amp; c_esc');
    expect(out.match(/<math>/g)).toHaveLength(3);
  });
  it('should set a word base upright and numbers as numbers', () => {
    expect(proseToHtml('bound_n')).toMatch(
      /^<math><msub>(<mpadded[^>]*>)?<mi>bound<\/mi>(<\/mpadded>)?<mi>n<\/mi><\/msub><\/math>$/,
    );
    expect(proseToHtml('S_10000')).toBe('<math><msub><mi>S</mi><mn>10000</mn></msub></math>');
    expect(glyphs(proseToHtml('e^{−2λt} and x_{t+1}/x_t'))).toBe('e−2λt and xt+1/xt');
    // a closing bracket is a base too, whatever stands before it
    expect(proseToHtml('g_i = (β/γ)^i')).toMatch(/\(β\/γ<math><msup><mo[^>]*>\)<\/mo><mi>i<\/mi><\/msup><\/math>$/);
  });
  it('should escape HTML in text and leave prose without scripts untouched', () => {
    expect(proseToHtml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ,.()0-9]{0,30}$/), (s) => {
        expect(proseToHtml(s)).toBe(s);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
