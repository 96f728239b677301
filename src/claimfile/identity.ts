/**
 * The identity shape: lhs = rhs over a box, checked as every symbolic check is (proofs-check): nerdamer-prime
 * simplifies lhs − rhs, and the residual is evaluated at seeded random points in 48 digits; a CAS "0" the
 * points contradict is a computer-algebra fault (error), never a pass.
 */
import type { Check, Expectation } from '../core/theorem.js';
import { identityMeasurement } from '../../proofs-check/index.js';
import { expandDefinitions } from './expr.js';
import type { Fields } from './mutants.js';
import type { IdentityShape } from './types.js';

export const identityCheckName = 'identity';

export function identityExpectation(s: IdentityShape, source: string): Expectation {
  return {
    expected: 0,
    tolerance: { kind: 'abs', atol: s.tolerance.residual },
    source: `${source}; residual yardstick: ${s.tolerance.source}`,
    kind: 'evidence',
  };
}

export function identityChecks(s: IdentityShape, fields: Fields): Check[] {
  return [
    {
      name: identityCheckName,
      layer: 'symbolic',
      run(claim, ctx) {
        const f = fields(claim, ctx, { lhs: s.lhs, rhs: s.rhs });
        return identityMeasurement(
          {
            name: `${claim.id}/${identityCheckName}`,
            lhs: expandDefinitions(f.lhs, s.where),
            rhs: expandDefinitions(f.rhs, s.where),
            domain: s.domain,
            points: s.points ?? 64,
            tol: s.tolerance.residual,
          },
          ctx.seed,
        );
      },
    },
  ];
}
