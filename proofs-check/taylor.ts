/** Taylor coefficients in a small parameter by repeated (numerically verified) differentiation. */
import type { CasLog } from './derive.js';
import { derive, newCasLog, substitute } from './derive.js';
import type { Domain } from './domains.js';

/** c_n = f^{(n)}(at)/n! for n = 0..order, as expression texts (no simplify: a rewrite could be wrong). */
export function taylorCoefficients(
  expr: string,
  variable: string,
  order: number,
  domain: Domain,
  log: CasLog = newCasLog(),
  at = '0',
): string[] {
  const out: string[] = [];
  let d = expr;
  let fact = 1;
  for (let n = 0; n <= order; n++) {
    if (n > 0) {
      d = derive(d, variable, 1, domain, log);
      fact *= n;
    }
    const atPoint = substitute(d, variable, at);
    out.push(fact === 1 ? atPoint : `(${atPoint})/${fact}`);
  }
  return out;
}
