/**
 * The bound shape: lhs ≤ rhs over a parameter box (rhs > 0), measured as the ratio lhs/rhs in 48 digits.
 * Two checks: seeded random points of the scope, and a `verify falsify` target searched by the falsify
 * driver (random starts, compass search, shrinking); a point inside the scope with lhs/rhs > 1 + slack
 * makes either check `fail`, with that point as the counterexample.
 */
import { OptverifyError } from '../core/errors.js';
import type { FalsifyEvaluation, FalsifyParam, FalsifyPoint, FalsifyTarget } from '../core/falsify.js';
import { createRng } from '../core/rng.js';
import type { Check, Expectation, Measurement } from '../core/theorem.js';
import { falsify } from '../falsify/index.js';
import { compileHighPrecision } from '../../proofs-check/index.js';
import { expandDefinitions } from './expr.js';
import type { Fields } from './mutants.js';
import type { BoundShape } from './types.js';

export const boundCheckNames = { points: 'bound_random_points', search: 'bound_falsify_search' } as const;

/** rhs ≤ 0 at a point of the scope: lhs/rhs is no bound ratio there (the file's claim is ill-posed). */
export class BoundRhsError extends OptverifyError {
  override readonly code = 'E_BOUND_RHS';
}

export function boundExpectation(s: BoundShape, source: string, how: string): Expectation {
  return {
    expected: 1,
    tolerance: { kind: 'upper', slack: s.tolerance.slack },
    source: `${source}; lhs ≤ rhs ⇔ lhs/rhs ≤ 1 (${how}); slack: ${s.tolerance.source}`,
    kind: 'evidence',
  };
}

const describeBox = (box: BoundShape['scope']): string =>
  Object.entries(box)
    .map(([v, [lo, hi]]) => `${v} ∈ [${lo}, ${hi}]`)
    .join(', ');

/** The ratio evaluator of one (lhs, rhs) pair. */
function ratioOf(s: BoundShape, lhs: string, rhs: string): (p: FalsifyPoint) => FalsifyEvaluation {
  const [l, r] = [expandDefinitions(lhs, s.where), expandDefinitions(rhs, s.where)];
  const [fl, fr] = [compileHighPrecision(l), compileHighPrecision(r)];
  // the quotient is formed in 48 digits too: two float64 sides rounded apart could cross 1 at an attained bound
  const fq = compileHighPrecision(`(${l}) / (${r})`);
  return (p) => {
    const a = fl(p);
    const b = fr(p);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return { value: null, reason: 'a side is not finite' };
    if (!(b > 0)) return { value: null, reason: 'rhs ≤ 0', detail: { lhs: a, rhs: b } };
    return { value: fq(p), detail: { lhs: a, rhs: b } };
  };
}

/** The `verify falsify` target of a bound file (its fields possibly replaced by a mutant). */
export function boundTarget(
  id: string,
  labels: readonly string[],
  statement: string,
  s: BoundShape,
  sides: { lhs: string; rhs: string } = s,
): FalsifyTarget {
  const domain = s.domain ?? s.scope;
  const params: FalsifyParam[] = Object.entries(domain).map(([name, [lo, hi]]) => ({
    name,
    lo,
    hi,
    scale: s.scale?.[name] ?? 'linear',
  }));
  return {
    id: `${id}/bound`,
    labels,
    statement,
    kind: 'ratio',
    objective: `(${sides.lhs}) / (${sides.rhs}), 48-digit evaluation`,
    threshold: 1 + s.tolerance.slack,
    thresholdSource: s.tolerance.source,
    params,
    scope: describeBox(s.scope),
    inScope: (p) => Object.entries(s.scope).every(([v, [lo, hi]]) => p[v] >= lo && p[v] <= hi),
    evaluate: ratioOf(s, sides.lhs, sides.rhs),
  };
}

export function boundChecks(s: BoundShape, fields: Fields, statement: string): Check[] {
  return [
    {
      name: boundCheckNames.points,
      layer: 'symbolic',
      run(claim, ctx): Measurement {
        const sides = fields(claim, ctx, { lhs: s.lhs, rhs: s.rhs });
        const ratio = ratioOf(s, sides.lhs, sides.rhs);
        const rng = createRng(ctx.seed, `bound:${claim.id}`);
        const n = s.points ?? 512;
        let worst = -Infinity;
        let at: FalsifyPoint = {};
        for (let i = 0; i < n; i++) {
          const p: Record<string, number> = {};
          for (const [v, [lo, hi]] of Object.entries(s.scope)) {
            const scale = s.scale?.[v] ?? 'linear';
            p[v] = scale === 'log' ? Math.exp(rng.uniform(Math.log(lo), Math.log(hi))) : rng.uniform(lo, hi);
          }
          const e = ratio(p);
          if (e.value === null)
            throw new BoundRhsError(`${e.reason} at ${JSON.stringify(p)}: lhs/rhs is no bound ratio`);
          if (e.value > worst) [worst, at] = [e.value, p];
        }
        return {
          measured: worst,
          method: `max lhs/rhs at ${n} seeded random points of the scope (48 digits)`,
          work: n,
          detail: { points: n },
          counterexample: at,
        };
      },
    },
    {
      name: boundCheckNames.search,
      layer: 'symbolic',
      run(claim, ctx): Measurement {
        const sides = fields(claim, ctx, { lhs: s.lhs, rhs: s.rhs });
        const target = boundTarget(claim.id, claim.labels, statement, s, sides);
        const r = falsify(target, {
          seed: ctx.seed,
          runs: s.falsify?.runs ?? 128,
          maxEvals: s.falsify?.evaluations ?? 2000,
        });
        const w = r.worstInScope;
        if (!w)
          throw new BoundRhsError(`no point of the scope could be evaluated (${r.uncomputableReason ?? 'none drawn'})`);
        return {
          measured: w.value,
          method: `falsify driver (${r.evaluations} evaluations, ${r.rounds} round): largest lhs/rhs inside the scope`,
          work: r.evaluations,
          detail: {
            uncomputable: r.uncomputable,
            ...(r.worst ? { worst_anywhere: r.worst.value } : {}),
            verdict: r.verdict,
            replay: w.token,
            ...(w.shrunk ? { shrunk: JSON.stringify(w.shrunk.point) } : {}),
          },
          counterexample: w.point,
        };
      },
    },
  ];
}
