/**
 * Derivatives by computer algebra, each checked against a 48-digit central finite difference at
 * seeded random points before use. nerdamer(-prime) is asked first; its product rule mangles
 * half-integer powers (d/ds[(1−s)(1−2s)^(−1/2)] comes back with a (1−2s)^(1/4) term), so when
 * the numbers refute it, the fault is recorded and mathjs's `derivative` is tried; if that is
 * refuted too, a ComputerAlgebraFault is thrown (status `error`, never a verdict).
 */
import { derivative, parse, type MathNode } from 'mathjs';
import { ComputerAlgebraFault } from '../src/core/errors.js';
import { createRng } from '../src/core/rng.js';
import type { Domain } from './domains.js';
import { samplePoint } from './domains.js';
import { compileHighPrecision } from './evaluate.js';
import { loadCas } from './nerdamer.js';

const fdStep = 1e-14;
const fdPoints = 8;

/** Records which engine produced each derivative and every fault the numbers exposed. */
export interface CasLog {
  readonly faults: string[];
  readonly engines: Set<string>;
}

export function newCasLog(): CasLog {
  return { faults: [], engines: new Set() };
}

/** `expr` with `variable := value` (mathjs tree substitution; works on both engines' output). */
export function substitute(expr: string, variable: string, value: string): string {
  const replacement = parse(value);
  return parse(expr)
    .transform((node: MathNode) =>
      (node as { isSymbolNode?: boolean; name?: string }).isSymbolNode && (node as { name?: string }).name === variable
        ? replacement
        : node,
    )
    .toString();
}

/** First point where df disagrees with the finite difference of f, or null. */
function refutingPoint(f: string, df: string, variable: string, domain: Domain): string | null {
  const shifted = (h: string): string => substitute(f, variable, `(${variable} + ${h})`);
  // the difference quotient is evaluated entirely in 48 digits, so the cancellation costs nothing
  const FD = compileHighPrecision(`(${shifted('hStep')} - (${shifted('(-hStep)')})) / (2*hStep)`);
  const D = compileHighPrecision(df);
  const rng = createRng(0, `derive:${f}:${variable}`);
  for (let i = 0; i < fdPoints; i++) {
    const p = samplePoint(domain, rng);
    const fd = FD({ ...p, hStep: fdStep });
    const cas = D(p);
    if (!(Math.abs(fd - cas) <= 1e-9 * (1 + Math.abs(fd))))
      return `${cas} vs finite difference ${fd} at ${JSON.stringify(p)}`;
  }
  return null;
}

function deriveOnce(expr: string, variable: string, domain: Domain, log: CasLog): string {
  const viaNerdamer = loadCas().diff(expr, variable, 1);
  const bad = refutingPoint(expr, viaNerdamer, variable, domain);
  if (!bad) {
    log.engines.add('nerdamer-prime');
    return viaNerdamer;
  }
  log.faults.push(`nerdamer-prime d/d${variable}[${expr.slice(0, 60)}…] refuted: ${bad}`);
  const viaMathjs = derivative(expr, variable).toString();
  const bad2 = refutingPoint(expr, viaMathjs, variable, domain);
  if (!bad2) {
    log.engines.add('mathjs');
    return viaMathjs;
  }
  throw new ComputerAlgebraFault(
    `no engine differentiates ${expr.slice(0, 80)} correctly: nerdamer ${bad}; mathjs ${bad2}`,
  );
}

/** n-th derivative of `expr` in `variable`, each order verified numerically on `domain`. */
export function derive(expr: string, variable: string, n: number, domain: Domain, log: CasLog = newCasLog()): string {
  let d = expr;
  for (let k = 0; k < n; k++) d = deriveOnce(d, variable, domain, log);
  return d;
}
