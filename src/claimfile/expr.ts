/**
 * Expressions of a claim file: the syntax nerdamer and mathjs share. Parsed once (mathjs), checked for
 * undeclared names, compiled for float64 evaluation; `expandDefinitions` substitutes `where` names.
 */
import { type MathNode, parse } from 'mathjs';
import { substitute } from '../../proofs-check/index.js';

/** Functions a claim file may call (both engines know them). */
export const functions: ReadonlySet<string> = new Set([
  'sqrt',
  'exp',
  'log',
  'sin',
  'cos',
  'tan',
  'atan',
  'sinh',
  'cosh',
  'tanh',
  'abs',
]);
export const constants: ReadonlySet<string> = new Set(['pi', 'e']);

type Node = MathNode & { isSymbolNode?: boolean; isFunctionNode?: boolean; name?: string };

/** The expression's tree; throws with mathjs's message on a syntax error. */
export function parseExpression(text: string): MathNode {
  return parse(text.replace(/\*\*/g, '^'));
}

/** Names the expression reads (variables and constants), and the functions it calls. */
export function namesOf(node: MathNode): { symbols: string[]; calls: string[] } {
  const symbols = new Set<string>();
  const calls = new Set<string>();
  node.traverse((n: MathNode, path: string, parent: MathNode | null) => {
    const m = n as Node;
    if (!m.isSymbolNode || m.name === undefined) return;
    if ((parent as Node | null)?.isFunctionNode && path === 'fn') calls.add(m.name);
    else symbols.add(m.name);
  });
  return { symbols: [...symbols], calls: [...calls] };
}

/** Why `text` is not an expression over `allowed` (null when it is one). */
export function expressionProblem(text: string, allowed: ReadonlySet<string>): string | null {
  let node: MathNode;
  try {
    node = parseExpression(text);
  } catch (err) {
    return `not an expression: ${(err as Error).message}`;
  }
  const { symbols, calls } = namesOf(node);
  const badCall = calls.find((c) => !functions.has(c));
  if (badCall) return `unknown function "${badCall}" (known: ${[...functions].join(', ')})`;
  const unknown = symbols.filter((s) => !allowed.has(s) && !constants.has(s));
  if (unknown.length > 0)
    return `undeclared name${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (declared: ${[...allowed].join(', ') || 'none'})`;
  return null;
}

export type Scope = Record<string, number>;

/** Compile for float64 evaluation; a complex or non-numeric value evaluates to NaN. */
export function compileFloat(text: string): (scope: Scope) => number {
  const code = parseExpression(text).compile();
  return (scope) => {
    const r = code.evaluate(scope) as unknown;
    return typeof r === 'number' ? r : NaN;
  };
}

/** `expr` with every `where` name replaced by its definition (later definitions may use earlier ones). */
export function expandDefinitions(expr: string, defs: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(defs ?? {});
  let out = expr.replace(/\*\*/g, '^');
  for (let i = entries.length - 1; i >= 0; i--) out = substitute(out, entries[i][0], `(${entries[i][1]})`);
  return out;
}
