/**
 * Math for the HTML report as MathML (Temml: no script, no font, the document stays self-contained).
 * Statements' LaTeX is rendered whole; prose (statement text, method, source) keeps its words and has
 * only its script atoms — `u_n`, `β^{n+1}`, `‖u_n^{(i)}‖∞`'s `u_n^{(i)}` — rendered, so identifiers
 * such as `figure3_exponent_B_minus` stay text.
 */
import temml from 'temml';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * LaTeX → `<math>`. Bad TeX never throws: Temml marks what it cannot parse (`throwOnError: false`), and
 * anything else it throws falls back to the escaped source in a `<code class="tex-error">`.
 */
export function texToMathml(tex: string, display = false): string {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: false, annotate: true });
  } catch {
    return `<code class="tex-error">${escapeHtml(tex)}</code>`;
  }
}

/**
 * A base followed by one or more scripts. A base is a word (letters, then digits), a number, or a closing
 * bracket/norm; a script is `{…}` (one level of nesting), a number, a single letter or ∞ that no letter,
 * digit or `_` follows (so `B_minus` and `c_esc` are not scripts).
 */
const atom =
  /((?<![\p{L}\p{N}_])(?:[\p{L}∇][\p{L}\p{N}]*|\p{N}+(?:\.\p{N}+)?)|[)\]‖])((?:[_^](?:\{(?:[^{}]|\{[^{}]*\})*\}|\p{N}+(?![\p{L}_])|[\p{L}∞](?![\p{L}\p{N}_])))+)/gu;

/** TeX for one atom: a multi-letter word is upright (`\mathrm{bound}_n`). */
function atomTex(base: string, scripts: string): string {
  const b = /^\p{L}{2,}/u.test(base) ? `\\mathrm{${base}}` : base === '‖' ? '\\|' : base;
  // an unbraced number is one script (`S_10000`), which TeX would read as S_1 0000
  const braced = scripts.replace(/([_^])(\p{N}+)/gu, '$1{$2}');
  return b + braced.replace(/[%#&$]/g, (ch) => `\\${ch}`);
}

/** Prose → HTML: escaped text, with every script atom as inline MathML (an atom Temml rejects stays text). */
export function proseToHtml(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(atom)) {
    const i = m.index ?? 0;
    out += escapeHtml(s.slice(last, i));
    let html: string;
    try {
      html = temml.renderToString(atomTex(m[1], m[2]), { throwOnError: true });
    } catch {
      html = escapeHtml(m[0]);
    }
    out += html;
    last = i + m[0].length;
  }
  return out + escapeHtml(s.slice(last));
}
