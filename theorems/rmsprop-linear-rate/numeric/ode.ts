/** ODE layer (odex): power laws of Thms 5.1/5.3, the exponential-lr flow of Lemma 5.5, Lemmas F.1 and F.2. */
import type { Check, CheckContext, Claim, Measurement } from '../../../src/core/theorem.js';
import type { OdeProblem } from '../../../src/numeric/ode/index.js';
import { certifyAcrossTolerances, integrateOdeOrThrow } from '../../../src/numeric/ode/index.js';
import { fitLine, fitLogLogOrder } from '../../../src/numeric/stats/index.js';
import { num, list } from '../../../src/core/settings.js';
import { expLrExponent, f2Slope, lemmaF1, mutantsOf, powerExponent } from '../claimed.js';

/** Gradient flow ẋ = −ηx^{k−1} (Thm 5.1) or EMA heavy ball ṁ = γ(x^{k−1} − m), ẋ = −ηm (Thm 5.3, eq. 45). */
function powerLawProblem(c: Claim, k: number, heavyBall: boolean): OdeProblem {
  const eta = num(c, 'gdEta');
  const x0 = num(c, 'x0');
  const t1 = Math.max(...list(c, heavyBall ? 'hbFitT' : 'fitT'));
  if (!heavyBall) return { rhs: (_t, y) => [-eta * y[0] ** (k - 1)], t0: 0, t1, y0: [x0] };
  const g = num(c, 'hbGamma');
  return { rhs: (_t, y) => [-eta * y[1], g * (y[0] ** (k - 1) - y[1])], t0: 0, t1, y0: [x0, x0 ** (k - 1)] };
}

/**
 * The power of t left in x(t) after dividing out the claimed law ((k−2)ηt)^{−1/(k−2)} of Thm 5.1/5.3 (eqs. 11, 40, 43):
 * the least-squares log–log slope of x(t)·t^{1/(k−2)} over the fit times (0 when the claimed exponent is right). It equals
 * the fitted slope of x(t) minus the claimed exponent; the slope itself is in `detail.slope`.
 */
function exponent(c: Claim, ctx: CheckContext, k: number, heavyBall: boolean): Measurement {
  const ts = list(c, heavyBall ? 'hbFitT' : 'fitT');
  const p = powerExponent(mutantsOf(c, ctx), k);
  let last: number[] = [];
  const cert = certifyAcrossTolerances(
    (rtol) => {
      const sol = integrateOdeOrThrow(
        powerLawProblem(c, k, heavyBall),
        { rtol, atol: 1e-16, sampleAt: ts },
        `${heavyBall ? 'EMA heavy-ball flow' : 'gradient flow'}, k = ${k}`,
      );
      last = sol.samples.y.map((y) => y[0]);
      return {
        value: fitLogLogOrder(
          ts,
          last.map((x, i) => x * ts[i] ** p),
        ).slope,
        nfev: sol.stats.nfev,
      };
    },
    num(c, 'rtol'),
  );
  const fit = fitLogLogOrder(ts, last);
  return {
    measured: cert.value,
    method: `odex rtol ${num(c, 'rtol')} vs ×1e-2, log–log slope of x(t)·t^{1/(k−2)} (the residual power against the claimed law) over t ∈ [${ts[0]}, ${ts[ts.length - 1]}]`,
    work: cert.nfev,
    detail: {
      slope: fit.slope,
      claimed_exponent: -p,
      stderr: fit.stderr,
      pairwise_slopes: fit.pairwise,
      agreed_digits: cert.agreedDigits,
      x: last,
      t: ts,
    },
  };
}

/** Heights and times of the local maxima of |x| (parabolic refinement in ln|x|). */
function peaks(t: readonly number[], x: readonly number[]): { t: number[]; ln: number[] } {
  const out = { t: [] as number[], ln: [] as number[] };
  for (let i = 1; i + 1 < x.length; i++) {
    const [a, b, d] = [Math.log(Math.abs(x[i - 1])), Math.log(Math.abs(x[i])), Math.log(Math.abs(x[i + 1]))];
    if (b > a && b >= d) {
      const h = t[i + 1] - t[i];
      const den = a - 2 * b + d;
      const off = den !== 0 ? (0.5 * (a - d)) / den : 0;
      out.t.push(t[i] + off * h);
      out.ln.push(b - 0.25 * (a - d) * off);
    }
  }
  return out;
}

export const odeChecks: readonly Check[] = [
  { name: 'gd_power_law_exponent_k4', layer: 'ode', run: (c, ctx) => exponent(c, ctx, 4, false) },
  { name: 'gd_power_law_exponent_k6', layer: 'ode', run: (c, ctx) => exponent(c, ctx, 6, false) },
  { name: 'heavy_ball_power_law_exponent_k4', layer: 'ode', run: (c, ctx) => exponent(c, ctx, 4, true) },
  {
    name: 'gd_closed_form_max_rel_error',
    layer: 'ode',
    run(c, ctx) {
      const [eta, x0] = [num(c, 'gdEta'), num(c, 'x0')];
      const m = mutantsOf(c, ctx);
      const ts = [1, 10, 100, 1e3, 1e4, ...list(c, 'fitT')];
      let worst = -1;
      let nfev = 0;
      let ce: Record<string, number> = {};
      for (const k of [4, 6]) {
        const sol = integrateOdeOrThrow(
          powerLawProblem(c, k, false),
          { rtol: 1e-12, atol: 1e-16, sampleAt: ts },
          `gradient flow, k = ${k}`,
        );
        nfev += sol.stats.nfev;
        sol.samples.t.forEach((t, i) => {
          const exact = (x0 ** -(k - 2) + (k - 2) * eta * t) ** -powerExponent(m, k); // eq. (39)
          const e = Math.abs(sol.samples.y[i][0] / exact - 1);
          if (e > worst) {
            worst = e;
            ce = { k, t, x_ode: sol.samples.y[i][0], x_eq39: exact };
          }
        });
      }
      return {
        measured: worst,
        method: 'odex rtol 1e-12 vs eq. (39), k ∈ {4, 6}, t ∈ [1, 1e6]',
        work: nfev,
        counterexample: ce,
      };
    },
  },
  ...(['exp_lr_linear_rate_k4', 'exp_lr_constant_k4'] as const).map(
    (name): Check => ({
      name,
      layer: 'ode',
      run(c, ctx) {
        const k = num(c, 'k');
        const [eta0, alpha] = [num(c, 'expEta0'), num(c, 'expAlpha')];
        const ts = list(c, 'expT');
        const tEnd = ts[ts.length - 1];
        // Lemma 5.5 (16, 52, 59): x ~ C e^{−αt/(k−2)}, C = (α/((k−2)η0))^{1/(k−2)}
        const p = expLrExponent(mutantsOf(c, ctx), k);
        const claimedRate = -alpha * p;
        const claimedC = (alpha / ((k - 2) * eta0)) ** p;
        let raw = NaN;
        const cert = certifyAcrossTolerances(
          (rtol) => {
            const sol = integrateOdeOrThrow(
              { rhs: (t, y) => [-eta0 * Math.exp(alpha * t) * y[0] ** (k - 1)], t0: 0, t1: tEnd, y0: [num(c, 'x0')] },
              { rtol, atol: 1e-20, sampleAt: ts },
              `exponential-lr flow, k = ${k}`,
            );
            const ln = sol.samples.y.map((y) => Math.log(y[0]));
            raw =
              name === 'exp_lr_linear_rate_k4'
                ? fitLine(ts, ln).slope
                : Math.exp(ln[ln.length - 1] + (alpha * tEnd) / (k - 2));
            const value =
              name === 'exp_lr_linear_rate_k4'
                ? raw / claimedRate
                : Math.exp(ln[ln.length - 1] - claimedRate * tEnd) / claimedC;
            return { value, nfev: sol.stats.nfev };
          },
          num(c, 'rtol'),
        );
        const what =
          name === 'exp_lr_linear_rate_k4'
            ? `slope of ln x over t ∈ [${ts[0]}, ${tEnd}] ÷ the claimed −α/(k−2)`
            : `x(${tEnd}) ÷ the claimed C e^{−αt/(k−2)}, C = (α/((k−2)η0))^{1/(k−2)}`;
        const detail: Record<string, number> =
          name === 'exp_lr_linear_rate_k4'
            ? { slope: raw, claimed_slope: claimedRate }
            : { x_e_alpha_t_over_k_minus_2: raw, claimed_C: claimedC };
        return {
          measured: cert.value,
          method: `odex, ẋ = −η0 e^{αt} x^{k−1}, η0 = ${eta0}, α = ${alpha}: ${what}`,
          work: cert.nfev,
          detail: { ...detail, agreed_digits: cert.agreedDigits },
        };
      },
    }),
  ),
  {
    name: 'lemma_F1_max_rel_error',
    layer: 'ode',
    run(c, ctx) {
      const [eta0, alpha, T] = [num(c, 'f1Eta0'), num(c, 'f1Alpha'), num(c, 'f1T')];
      const m = mutantsOf(c, ctx);
      const ts = Array.from({ length: 55 }, (_, i) => (T * (i + 1)) / 55);
      const sol = integrateOdeOrThrow(
        { rhs: (t, y) => [-eta0 * Math.exp(alpha * t) * y[0]], t0: 0, t1: T, y0: [1] },
        { rtol: 1e-12, atol: 1e-300, sampleAt: ts },
        'lemma F.1 flow',
      );
      let worst = -1;
      let ce: Record<string, number> = {};
      sol.samples.t.forEach((t, i) => {
        const exact = lemmaF1(m, 1, eta0, alpha, t); // Lemma F.1
        const e = Math.abs(sol.samples.y[i][0] / exact - 1);
        if (e > worst) {
          worst = e;
          ce = { t, x_ode: sol.samples.y[i][0], x_lemma: exact };
        }
      });
      return {
        measured: worst,
        method: `odex rtol 1e-12, t ∈ (0, ${T}], x(T) = ${sol.y[0].toExponential(3)}`,
        work: sol.stats.nfev,
        counterexample: ce,
      };
    },
  },
  {
    name: 'lemma_F2_envelope_slope',
    layer: 'ode',
    run(c, ctx) {
      const [g, alpha, eta0] = [num(c, 'f2Gamma'), num(c, 'f2Alpha'), num(c, 'f2Eta0')];
      const [ta, tb] = list(c, 'f2Window');
      const dt = 0.002;
      const ts = Array.from({ length: Math.round((tb - ta) / dt) + 1 }, (_, i) => ta + i * dt);
      // ṁ = γ(x − m), ẋ = −η0 e^{αt} m (eqs. 90–91); y = [m, x]
      const sol = integrateOdeOrThrow(
        { rhs: (t, y) => [g * (y[1] - y[0]), -eta0 * Math.exp(alpha * t) * y[0]], t0: 0, t1: tb, y0: [1, 1] },
        { rtol: 1e-11, atol: 1e-24, sampleAt: ts },
        'lemma F.2 flow (eqs. 90–91)',
      );
      const p = peaks(
        sol.samples.t,
        sol.samples.y.map((y) => y[1]),
      );
      const fit = fitLine(p.t, p.ln);
      const claimed = f2Slope(mutantsOf(c, ctx), g, alpha);
      return {
        measured: fit.slope - claimed,
        method: `odex rtol 1e-11, line through ln|x| at ${p.t.length} peaks, t ∈ [${ta}, ${tb}]: slope − the claimed −(2γ − α)/4`,
        work: sol.stats.nfev,
        detail: { slope: fit.slope, claimed_slope: claimed, peaks: p.t.length, intercept: fit.intercept },
      };
    },
  },
];
