/** `verify explore max-update`: C, region, theorem-1 bound and exact discrete worst case S_n for one (β, γ). */
import { UsageError } from '../../src/core/errors.js';
import type { ExploreCommand } from '../../src/core/explore.js';
import { cOf, discreteWorstCase, growthExponents, region, theoremOneBound } from '../../src/numeric/ctadam/index.js';

const defaultNs = [10, 100, 1000, 10000];

/** Parse one numeric flag value; throws UsageError naming the flag. */
function parse(name: string, raw: unknown, rule: (x: number) => boolean, ruleText: string): number {
  const x = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (raw === undefined || String(raw).trim() === '' || !Number.isFinite(x))
    throw new UsageError(`--${name}: expected a number, got "${String(raw)}"`);
  if (!rule(x)) throw new UsageError(`--${name}: must be ${ruleText}, got ${x}`);
  return x;
}

const unit = (x: number) => x > 0 && x < 1;

export const exploreMaxUpdate: ExploreCommand = {
  name: 'max-update',
  describe: 'theorem-1 max-update bound vs the exact discrete worst case of bias-corrected Adam (ctadam theorem 1)',
  options: {
    beta: { type: 'string', describe: 'paper β = second-moment rate (beta2), in (0, 1)' },
    gamma: { type: 'string', describe: 'paper γ = first-moment rate (beta1), in (0, 1)' },
    n: { type: 'string', array: true, describe: 'steps n ≥ 0 (integers; default 10 100 1000 10000)' },
  },
  examples: [
    '$0 explore max-update --beta 0.999 --gamma 0.9',
    '$0 explore max-update --beta 0.9 --gamma 0.99 --n 10 1000 --json',
  ],
  run(argv) {
    if (argv.beta === undefined) throw new UsageError('--beta: required, a number in (0, 1)');
    if (argv.gamma === undefined) throw new UsageError('--gamma: required, a number in (0, 1)');
    const beta = parse('beta', argv.beta, unit, 'in (0, 1)');
    const gamma = parse('gamma', argv.gamma, unit, 'in (0, 1)');
    const rawN = argv.n === undefined ? [] : Array.isArray(argv.n) ? (argv.n as unknown[]) : [argv.n];
    const ns = rawN.length
      ? rawN.map((v) => parse('n', v, (x) => Number.isInteger(x) && x >= 0, 'a non-negative integer'))
      : defaultNs;
    const C = cOf(beta, gamma);
    const e = growthExponents(beta, gamma);
    const rows = ns.map((n) => ({
      n,
      bound: theoremOneBound(beta, gamma, n),
      discrete_worst_case: discreteWorstCase(beta, gamma, n),
    }));
    const fmt = (x: number) => (Number.isFinite(x) ? x.toPrecision(6) : String(x));
    const text = [
      `(β, γ) = (${beta}, ${gamma})  [paper β = beta2, γ = beta1]`,
      `C = ${fmt(C)}  region ${region(beta, gamma)}${gamma * gamma < beta ? '' : '  (γ² ≥ β: discrete Adam unbounded)'}`,
      `exponents: continuous |C|/2 = ${fmt(e.continuous)}, discrete ½ ln(γ²/β) = ${fmt(e.discrete)}`,
      `${'n'.padStart(8)} ${'bound'.padStart(14)} ${'S_n'.padStart(14)} ${'S_n/bound'.padStart(12)}`,
      ...rows.map(
        (r) =>
          `${String(r.n).padStart(8)} ${fmt(r.bound).padStart(14)} ${fmt(r.discrete_worst_case).padStart(14)} ${fmt(r.discrete_worst_case / r.bound).padStart(12)}`,
      ),
    ];
    return {
      json: {
        beta,
        gamma,
        C,
        region: region(beta, gamma),
        rows,
        exponent_continuous: e.continuous,
        exponent_discrete: e.discrete,
      },
      text: text.join('\n'),
    };
  },
};
