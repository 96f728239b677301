/** High-precision evaluation of an expression text with mathjs BigNumbers (float64 cancels too early). */
import { all, create, type MathJsInstance } from 'mathjs';

let math: MathJsInstance | null = null;

function bigMath(): MathJsInstance {
  if (!math) math = create(all, { number: 'BigNumber', precision: 48 });
  return math;
}

/** Value of the expression at `point`. */
export type Evaluator = (point: Readonly<Record<string, number>>) => number;

/** Compile `expr` once; evaluate at points in 48-digit arithmetic, return a float64. */
export function compileHighPrecision(expr: string): Evaluator {
  const m = bigMath();
  const code = m.compile(expr.replace(/\*\*/g, '^'));
  return (point) => {
    const scope: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(point)) scope[k] = m.bignumber(v);
    const r = code.evaluate(scope) as unknown;
    if (typeof r === 'number') return r;
    if (r && typeof (r as { toNumber?: () => number }).toNumber === 'function')
      return (r as { toNumber(): number }).toNumber();
    const re = (r as { re?: unknown })?.re;
    if (re !== undefined) return Number(re);
    return Number(r);
  };
}
