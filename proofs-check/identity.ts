/**
 * identity(lhs, rhs, domain): try to simplify lhs − rhs to 0 with nerdamer, and always evaluate it
 * at N seeded random points in 48-digit arithmetic. A CAS "0" contradicted by the numbers is a
 * computer-algebra fault, never a pass.
 */
import { ComputerAlgebraFault } from '../src/core/errors.js';
import { createRng } from '../src/core/rng.js';
import type { Measurement } from '../src/core/theorem.js';
import type { Domain } from './domains.js';
import { samplePoint } from './domains.js';
import { compileHighPrecision } from './evaluate.js';
import { loadCas } from './nerdamer.js';

export interface IdentitySpec {
  readonly name?: string;
  readonly lhs: string;
  readonly rhs: string;
  readonly domain: Domain;
  /** Random points (default 64). */
  readonly points?: number;
  /** Residual |lhs − rhs| / (1 + |lhs| + |rhs|) allowed at a point (default 1e-30). */
  readonly tol?: number;
  /** Skip the CAS attempt (expressions it cannot handle); the report then says "points only". */
  readonly numericOnly?: boolean;
}

export type IdentityOutcome =
  | { kind: 'closed'; points: number; maxResidual: number }
  | { kind: 'held-numerically'; points: number; maxResidual: number; residue: string }
  | { kind: 'refuted'; points: number; maxResidual: number; point: Record<string, number>; residual: number };

function trySimplify(diff: string): string {
  const cas = loadCas();
  try {
    const e = cas.expand(diff);
    if (e === '0') return e;
    return cas.simplify(diff);
  } catch (err) {
    return `(cas error: ${(err as Error).message})`;
  }
}

export function checkIdentity(spec: IdentitySpec, seed: number): IdentityOutcome {
  const diff = `(${spec.lhs})-(${spec.rhs})`;
  const residue = spec.numericOnly ? '(not attempted)' : trySimplify(diff);
  // the difference is formed in 48 digits, before any rounding to float64
  const fd = compileHighPrecision(`(${spec.lhs}) - (${spec.rhs})`);
  const fl = compileHighPrecision(spec.lhs);
  const fr = compileHighPrecision(spec.rhs);
  const rng = createRng(seed, `identity:${spec.name ?? spec.lhs}`);
  const n = spec.points ?? 64;
  const tol = spec.tol ?? 1e-30;
  let maxResidual = 0;
  for (let i = 0; i < n; i++) {
    const p = samplePoint(spec.domain, rng);
    const a = fl(p);
    const b = fr(p);
    const residual = Math.abs(fd(p)) / (1 + Math.abs(a) + Math.abs(b));
    if (!(residual <= tol)) {
      if (residue === '0') {
        throw new ComputerAlgebraFault(
          `nerdamer simplified ${diff} to 0 but it is ${residual.toExponential(3)} at ${JSON.stringify(p)}`,
        );
      }
      return { kind: 'refuted', points: i + 1, maxResidual: Math.max(maxResidual, residual), point: p, residual };
    }
    maxResidual = Math.max(maxResidual, residual);
  }
  return residue === '0'
    ? { kind: 'closed', points: n, maxResidual }
    : { kind: 'held-numerically', points: n, maxResidual, residue };
}

/** Turn an identity outcome into a Measurement: measured = max relative residual (expected 0). */
export function identityMeasurement(spec: IdentitySpec, seed: number): Measurement {
  const o = checkIdentity(spec, seed);
  const method =
    o.kind === 'closed'
      ? `closed symbolically (nerdamer-prime) and held at ${o.points} points (48 digits)`
      : o.kind === 'held-numerically'
        ? `held at ${o.points} points (48 digits); algebra inconclusive`
        : `refuted at point ${o.points} (48 digits)`;
  return {
    measured: o.kind === 'refuted' ? o.residual : o.maxResidual,
    method,
    work: o.points,
    detail: {
      lhs: spec.lhs,
      rhs: spec.rhs,
      outcome: o.kind,
      points: o.points,
      ...(o.kind === 'held-numerically' ? { residue: o.residue.slice(0, 200) } : {}),
    },
    ...(o.kind === 'refuted' ? { counterexample: o.point } : {}),
  };
}
