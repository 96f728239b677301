/**
 * LaTeX → readable Unicode text, for places without MathML (a terminal, a plain-text log). The HTML report
 * renders math as MathML through Temml (report/math.ts) instead.
 */

const symbols: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  equiv: '≡',
  cdot: '·',
  times: '×',
  pm: '±',
  mp: '∓',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  sum: 'Σ',
  prod: 'Π',
  int: '∫',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  Leftarrow: '⇐',
  implies: '⇒',
  iff: '⟺',
  wedge: '∧',
  land: '∧',
  vee: '∨',
  lor: '∨',
  neg: '¬',
  lnot: '¬',
  Leftrightarrow: '⟺',
  mapsto: '↦',
  in: '∈',
  notin: '∉',
  subset: '⊂',
  subseteq: '⊆',
  cup: '∪',
  cap: '∩',
  forall: '∀',
  exists: '∃',
  ldots: '…',
  cdots: '⋯',
  dots: '…',
  lVert: '‖',
  rVert: '‖',
  Vert: '‖',
  '|': '‖',
  lvert: '|',
  rvert: '|',
  langle: '⟨',
  rangle: '⟩',
  odot: '⊙',
  circ: '∘',
  ell: 'ℓ',
  prime: '′',
  sqrt: '√',
  quad: '  ',
  qquad: '    ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  ' ': ' ',
  top: 'ᵀ',
  star: '⋆',
  ast: '∗',
  lim: 'lim',
  max: 'max',
  min: 'min',
  sup: 'sup',
  inf: 'inf',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  sin: 'sin',
  cos: 'cos',
  sign: 'sign',
  det: 'det',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  '{': '{',
  '}': '}',
  '%': '%',
  '&': '&',
  _: '_',
};
const blackboard: Readonly<Record<string, string>> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ' };
const sub: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  a: 'ₐ',
  e: 'ₑ',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  o: 'ₒ',
  p: 'ₚ',
  r: 'ᵣ',
  s: 'ₛ',
  t: 'ₜ',
  u: 'ᵤ',
  v: 'ᵥ',
  x: 'ₓ',
};
const sup: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  k: 'ᵏ',
  T: 'ᵀ',
  t: 'ᵗ',
  '′': '′',
};
/** Size and spacing commands that carry no content. */
const dropped = new Set([
  'left',
  'right',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'biggl',
  'biggr',
  'big',
  'Big',
  'displaystyle',
  'textstyle',
  'limits',
  'nolimits',
]);

/** Map every character through `table`, or give up (undefined) when one has no script form. */
function script(s: string, table: Readonly<Record<string, string>>): string | undefined {
  let out = '';
  for (const ch of s) {
    const m = table[ch];
    if (m === undefined) return undefined;
    out += m;
  }
  return out;
}

/** Read a group `{…}` or a single token at `i`; returns its raw source and the index after it. */
function group(src: string, i: number): { raw: string; end: number } {
  while (src[i] === ' ') i++;
  if (src[i] === '{') {
    let depth = 1;
    let j = i + 1;
    while (j < src.length && depth > 0) {
      if (src[j] === '\\') j++;
      else if (src[j] === '{') depth++;
      else if (src[j] === '}') depth--;
      j++;
    }
    return { raw: src.slice(i + 1, j - 1), end: j };
  }
  if (src[i] === '\\') {
    const m = /^\\([A-Za-z]+|.)/.exec(src.slice(i));
    return { raw: m ? m[0] : '\\', end: i + (m ? m[0].length : 1) };
  }
  return { raw: src[i] ?? '', end: i + 1 };
}

const wrap = (s: string): string => (/^[\p{L}\p{N}′]+$/u.test(s) || /^√?\(.*\)$/.test(s) ? s : `(${s})`);

/** Convert LaTeX math to readable Unicode text (greek, operators, sub/superscripts, fractions, roots). */
export function latexToText(src: string): string {
  let out = '';
  let i = 0;
  // where the last fraction ended: a term written right after it gets a `·` (a/b·c/d, not a/bc/d)
  let afterFrac = -1;
  const adjoin = (): void => {
    if (out.length > 0 && out.length === afterFrac) out += '·';
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(src.slice(i));
      const name = m ? m[1] : '';
      i += m ? m[0].length : 1;
      if (dropped.has(name)) continue;
      if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
        const a = group(src, i);
        const b = group(src, a.end);
        i = b.end;
        adjoin();
        out += `${wrap(latexToText(a.raw))}/${wrap(latexToText(b.raw))}`;
        afterFrac = out.length;
      } else if (name === 'sqrt') {
        const a = group(src, i);
        i = a.end;
        adjoin();
        out += `√${wrap(latexToText(a.raw))}`;
      } else if (
        [
          'operatorname',
          'mathrm',
          'text',
          'textrm',
          'mathit',
          'mathbf',
          'boldsymbol',
          'mathcal',
          'hat',
          'tilde',
          'bar',
          'overline',
          'widehat',
          'widetilde',
          'vec',
          'dot',
        ].includes(name)
      ) {
        const a = group(src, i);
        i = a.end;
        const inner = latexToText(a.raw);
        const accent: Record<string, string> = {
          hat: '\u0302',
          widehat: '\u0302',
          tilde: '\u0303',
          widetilde: '\u0303',
          bar: '\u0304',
          overline: '\u0304',
          vec: '\u20d7',
          dot: '\u0307',
        };
        out += accent[name] && [...inner].length === 1 ? inner + accent[name] : inner;
      } else if (name === 'mathbb') {
        const a = group(src, i);
        i = a.end;
        out += [...a.raw].map((c) => blackboard[c] ?? c).join('');
      } else {
        out += symbols[name] ?? name;
      }
    } else if (ch === '_' || ch === '^') {
      const a = group(src, i + 1);
      i = a.end;
      const inner = latexToText(a.raw);
      const s = script(inner, ch === '_' ? sub : sup);
      const g = [...inner].length === 1 || /^√?\(.*\)$/.test(inner) ? inner : `(${inner})`;
      out += s ?? (ch === '_' ? `_${g}` : `^${g}`);
    } else if (ch === '{' || ch === '}') {
      i++;
    } else if (ch === '~') {
      out += ' ';
      i++;
    } else {
      if (/[\p{L}\p{N}(]/u.test(ch)) adjoin();
      out += ch === '-' ? '−' : ch;
      i++;
    }
  }
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/\s+([,.;)])/g, '$1')
    .trim();
}
