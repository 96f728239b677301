/** `verify explore degenerate`: fixed point (7), spectrum, conditions (8)–(9), regime and rate for (k, β1, β2). */
import { UsageError } from '../../src/core/errors.js';
import type { ExploreCommand } from '../../src/core/explore.js';
import {
  condition8,
  condition9,
  eigen2,
  etaLambdaStar,
  fixedPointExists,
  jacobianBlock,
  omegaStar,
  qStar,
  simulateAdam,
  simulatedRegime,
  theoryRegime,
} from '../../src/numeric/degenerate/index.js';

function flag(
  argv: Readonly<Record<string, unknown>>,
  name: string,
  rule: (x: number) => boolean,
  ruleText: string,
  fallback?: number,
): number {
  const raw = argv[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  const x = typeof raw === 'number' ? raw : Number(String(raw));
  if (raw === undefined || String(raw).trim() === '' || !Number.isFinite(x))
    throw new UsageError(`--${name}: expected a number, got "${String(raw)}"`);
  if (!rule(x)) throw new UsageError(`--${name}: must be ${ruleText}, got ${x}`);
  return x;
}

const roman = ['', 'I', 'II', 'III'] as const;

export const exploreDegenerate: ExploreCommand = {
  name: 'degenerate',
  describe:
    'Adam on x^k/k: fixed point, Jacobian spectrum, conditions (8)/(9), regime and linear rate (degenerate Thm 4.1, 6.1)',
  options: {
    k: { type: 'number', describe: 'even degree k ≥ 4', default: 4 },
    beta1: { type: 'number', describe: 'β1 ∈ [0, 1)', default: 0.9 },
    beta2: { type: 'number', describe: 'β2 ∈ (0, 1)', default: 0.93 },
    simulate: { type: 'boolean', describe: 'also simulate Adam from (η, x0) on the η-free map', default: false },
    eta: { type: 'number', describe: 'learning rate η > 0', default: 1e-3 },
    x0: { type: 'number', describe: 'initial iterate x0 ≠ 0', default: 1 },
    steps: { type: 'number', describe: 'number of steps (positive integer)', default: 100000 },
  },
  examples: [
    '$0 explore degenerate --k 4 --beta1 0.9 --beta2 0.93',
    '$0 explore degenerate --k 6 --beta1 0.9 --beta2 0.9 --simulate --eta 1e-3 --x0 1 --steps 20000 --json',
  ],
  run(argv) {
    const k = flag(argv, 'k', (x) => Number.isInteger(x) && x >= 4 && x % 2 === 0, 'an even integer ≥ 4', 4);
    const b1 = flag(argv, 'beta1', (x) => x >= 0 && x < 1, 'in [0, 1)', 0.9);
    const b2 = flag(argv, 'beta2', (x) => x > 0 && x < 1, 'in (0, 1)', 0.93);
    const exists = fixedPointExists(k, b1, b2);
    const e = exists ? eigen2(jacobianBlock(k, b1, b2)) : null;
    const q = qStar(k, b2);
    const rho = e ? Math.max(e.radius, q) : NaN;
    const regime = roman[theoryRegime(k, b1, b2)];
    const json: Record<string, unknown> = {
      k,
      beta1: b1,
      beta2: b2,
      exists,
      omega_star: exists ? omegaStar(k, b1, b2) : null,
      eta_lambda_star: exists ? etaLambdaStar(k, b1, b2) : null,
      eigenvalues: e
        ? [
            { re: e.re[0], im: e.im[0] },
            { re: e.re[1], im: e.im[1] },
            { re: q, im: 0 },
          ]
        : null,
      spectral_radius: exists ? rho : null,
      condition8: condition8(k, b1, b2),
      condition9: condition9(k, b1, b2),
      regime,
      rate_predicted: exists ? q : null,
    };
    const fmt = (x: number) => x.toPrecision(6);
    const text = [
      `k = ${k}, β1 = ${b1}, β2 = ${b2}: non-trivial fixed point ${exists ? 'exists' : 'does not exist (β1 ≥ β2^{(k−1)/(2(k−2))})'}`,
      ...(e
        ? [
            `ω* = ${fmt(json.omega_star as number)}, ηλ* = ${fmt(json.eta_lambda_star as number)}`,
            `eigenvalues of J: ${fmt(e.re[0])}${e.im[0] ? ` ± ${fmt(Math.abs(e.im[0]))}i` : `, ${fmt(e.re[1])}`}, q* = ${fmt(q)}; ρ(J) = ${fmt(rho)}`,
          ]
        : []),
      `(8) β1 < β2^{k/(2(k−2))}: ${json.condition8}; (9): ${json.condition9}; regime ${regime}; ${exists ? `predicted rate x_{t+1}/x_t → ${fmt(q)}` : 'no predicted rate: no fixed point exists'}`,
    ];
    if (argv.simulate) {
      const eta = flag(argv, 'eta', (x) => x > 0, '> 0', 1e-3);
      const x0 = flag(argv, 'x0', (x) => x !== 0, '≠ 0', 1);
      const steps = flag(argv, 'steps', (x) => Number.isInteger(x) && x > 0, 'a positive integer', 100000);
      const r = simulateAdam(
        { k, beta1: b1, beta2: b2 },
        { eta, x0, steps, rateWindow: Math.min(1000, Math.ceil(steps / 10)) },
      );
      json.rate_measured = r.rate;
      json.regime_simulated = roman[simulatedRegime(r, k, eta, { convergedTol: 1e-6, deepNats: 100 })];
      json.log10_loss_final = (k * r.lnX - Math.log(k)) / Math.LN10;
      text.push(
        `simulated ${steps} steps (η = ${eta}, x0 = ${x0}): measured rate ${fmt(r.rate)}, regime ${json.regime_simulated}, log10 L_T = ${fmt(json.log10_loss_final as number)}`,
      );
    }
    return { json, text: text.join('\n') };
  },
};
