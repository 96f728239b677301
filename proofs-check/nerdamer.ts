/**
 * The only file that touches the computer-algebra system. It loads nerdamer-prime, the maintained
 * fork of nerdamer: classic nerdamer 1.1.13 flips signs in simplify/factor (simplify(x*b - x*a)
 * gives (a - b)*x; test/unit/proofs-check/cas-fault.test.ts pins this). Loaded lazily so
 * `verify list` and `--help` stay instant.
 */
import { createRequire } from 'node:module';

export interface Cas {
  /** Simplify and return the canonical text ("0" when the algebra closes). */
  simplify(expr: string): string;
  expand(expr: string): string;
  /** d^n/dx^n expr, as text. */
  diff(expr: string, variable: string, n?: number): string;
  /** expr with variable := value (value is an expression text). */
  substitute(expr: string, variable: string, value: string): string;
  version: string;
}

let cached: Cas | null = null;

/** nerdamer-prime's wall-clock limit per algebra step, raised from its 800 ms so results never depend on load. */
export const casTimeoutMs = 3_600_000;

export function loadCas(): Cas {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const nerdamer = require('nerdamer-prime/all');
  // nerdamer-prime gives up on an algebra step after Settings.TIMEOUT ms of *wall clock* (default 800) and
  // takes another path, so a loaded machine could change what the CAS returns: same input, same output here.
  nerdamer.set('TIMEOUT', casTimeoutMs);
  const text = (e: unknown): string => String((e as { toString(): string }).toString());
  cached = {
    simplify: (expr) => text(nerdamer(`simplify(${expr})`)),
    expand: (expr) => text(nerdamer(expr).expand()),
    diff: (expr, v, n = 1) => text(nerdamer(`diff(${expr}, ${v}, ${n})`)),
    substitute: (expr, v, value) => text(nerdamer(expr).sub(v, value)),
    version: `nerdamer-prime ${String(nerdamer.version?.() ?? 'unknown')}`,
  };
  return cached;
}
