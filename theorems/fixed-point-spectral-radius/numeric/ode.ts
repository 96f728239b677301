/**
 * Numeric spectral layer. These checks live in layer 'ode' because that layer holds the numerical
 * analysis of the dynamical system (here the discrete map (5) instead of a flow): finite-difference
 * Jacobians and mathjs eigenvalues, compared with the closed-form region (8) ∧ (9). The symbolic
 * layer keeps only identities evaluated in 48 digits.
 */
import fc from 'fast-check';
import { abs, eigs } from 'mathjs';
import type { Check } from '../../../src/core/theorem.js';
import {
  condition8,
  condition9,
  detTrace,
  eigen2,
  etaLambdaStar,
  fixedPointExists,
  jacobianBlock,
  jacobianFd,
  mapOmegaLambdaX,
  omegaStar,
  qStar,
} from '../../../src/numeric/degenerate/index.js';
import { list, num } from '../../../src/core/settings.js';
import { claimedForms, triples } from '../rule.js';

/** ρ of a real matrix by mathjs `eigs` (values may be complex). */
function rhoMathjs(m: readonly (readonly number[])[]): number {
  const { values } = eigs(m.map((r) => [...r]));
  return Math.max(...(values as unknown as unknown[]).map((v) => Number(abs(v as number))));
}

/** ρ(A) by mathjs from the closed-form entries (η = 1 in the (ω, ηλ) scaling; η drops out). */
const rhoA = (k: number, b1: number, b2: number): number => rhoMathjs(jacobianBlock(k, b1, b2));

/** Significant-digit unit: half a unit in the 6th significant digit of e. */
const halfUnit6 = (e: number): number => (e === 0 ? 5e-7 : 5 * 10 ** (Math.floor(Math.log10(Math.abs(e))) - 6));

export const odeChecks: readonly Check[] = [
  {
    name: 'spectral_radius_k4_09_093',
    layer: 'ode',
    run(c) {
      const p = { k: 4, beta1: 0.9, beta2: 0.93 };
      const eta = num(c, 'eta');
      // central differences of eq. (5) at (ω*, λ*, 0): independent of the closed-form A
      const J = jacobianFd(p, eta, [omegaStar(4, 0.9, 0.93), etaLambdaStar(4, 0.9, 0.93) / eta, 0]);
      return {
        measured: rhoMathjs(J),
        method: 'mathjs eigs of the central-difference Jacobian of eq. (5) at (ω*, λ*, 0), η = 1e-3',
        work: 6,
        detail: { jacobian: J },
      };
    },
  },
  {
    // Evidence for Theorem 4.1(ii): the spectrum is measured on the map itself (central differences of eq. (5),
    // mathjs eigs of the full 3×3 Jacobian, no block structure assumed) at the claimed fixed point (7), and the
    // stable/unstable region compared with the claimed rule (8) ∧ (9) on every grid cell where (7) exists plus
    // the probes where (9) alone decides (spec 004 D4's point; D1's point for k = 6). A point of (7) that the map
    // does not fix counts as a disagreement too.
    name: 'spectral_region_fd_disagreements',
    layer: 'ode',
    run(c, ctx) {
      // the phase diagram's quick grid at the quick budget (mathjs eigs ≈ 0.7 ms a cell), the 40×40 grid otherwise
      const n = num(c, ctx.budget === 'quick' ? 'gridQuick' : 'spectralGrid');
      const band = num(c, 'fdBoundaryBand');
      const fixTol = num(c, 'fixedPointTol');
      const eta = num(c, 'eta');
      const claimed = claimedForms(c, ctx);
      const points: [number, number, number][] = [];
      for (const k of [4, 6, 8])
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) points.push([k, (i + 0.5) / n, (j + 0.25) / n]);
      const probes = triples(list(c, 'regimeProbes'));
      points.push(...probes);
      let bad = 0;
      let notFixed = 0;
      let cells = 0;
      let nearBoundary = 0;
      let worstResidual = 0;
      let ce: Record<string, number> | undefined;
      const perK: Record<number, number> = { 4: 0, 6: 0, 8: 0 };
      const probeRho: number[] = [];
      points.forEach(([k, b1, b2], idx) => {
        if (!fixedPointExists(k, b1, b2)) return;
        cells++;
        const p = { k, beta1: b1, beta2: b2 };
        const fp = claimed.fixedPoint(k, b1, b2);
        const y: [number, number, number] = [fp.omega, fp.mu / eta, 0];
        const f = mapOmegaLambdaX(p, eta, y);
        const residual = Math.max(Math.abs(f[0] / y[0] - 1), Math.abs(f[1] / y[1] - 1), Math.abs(f[2]));
        worstResidual = Math.max(worstResidual, Number.isFinite(residual) ? residual : Infinity);
        const isProbe = idx >= points.length - probes.length;
        if (!(residual <= fixTol)) {
          notFixed++;
          perK[k]++;
          ce ??= { k, beta1: b1, beta2: b2, fixed_point_residual: residual };
          if (isProbe) probeRho.push(NaN);
          return;
        }
        const rho = rhoMathjs(jacobianFd(p, eta, y));
        if (isProbe) probeRho.push(rho);
        if (Math.abs(rho - 1) < band) {
          nearBoundary++;
          return;
        }
        if (rho < 1 !== claimed.stable(k, b1, b2)) {
          bad++;
          perK[k]++;
          ce ??= { k, beta1: b1, beta2: b2, rho_fd: rho, rule: Number(claimed.stable(k, b1, b2)) };
        }
      });
      return {
        measured: bad + notFixed,
        method: `ρ (mathjs eigs) of the central-difference 3×3 Jacobian of eq. (5) at (7), η = ${eta}, vs (8) ∧ (9): ${n}×${n} grid per k ∈ {4, 6, 8} + ${probes.length} probes where (9) decides; |ρ − 1| < ${band} excluded; (7) not fixed (rel. residual > ${fixTol}) counts`,
        work: cells,
        detail: {
          cells,
          near_boundary: nearBoundary,
          not_fixed: notFixed,
          disagreements_per_k: [perK[4], perK[6], perK[8]],
          worst_fixed_point_residual: worstResidual,
          probes: probes.map((t) => [...t]),
          probe_rho_fd: probeRho,
        },
        counterexample: ce,
      };
    },
  },
  {
    name: 'spectral_region_disagreements',
    layer: 'ode',
    run(c) {
      const n = num(c, 'spectralGrid');
      const band = num(c, 'boundaryBand');
      let bad = 0;
      let cells = 0;
      let nearBoundary = 0;
      let ce: Record<string, number> | undefined;
      const perK: number[] = [];
      for (const k of [4, 6, 8]) {
        let badK = 0;
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            const b1 = (i + 0.5) / n;
            const b2 = (j + 0.25) / n;
            if (!fixedPointExists(k, b1, b2)) continue;
            const rho = rhoA(k, b1, b2);
            cells++;
            if (Math.abs(rho - 1) < band) {
              nearBoundary++;
              continue;
            }
            if (rho < 1 !== (condition8(k, b1, b2) && condition9(k, b1, b2))) {
              badK++;
              ce ??= { k, beta1: b1, beta2: b2, rho };
            }
          }
        perK.push(badK);
        bad += badK;
      }
      return {
        measured: bad,
        method: `mathjs eigs of A on a ${n}×${n} grid per k ∈ {4, 6, 8}, cells with |ρ − 1| < ${band} excluded`,
        work: cells,
        detail: { disagreements_per_k: perK, cells, near_boundary: nearBoundary },
        counterexample: ce,
      };
    },
  },
  {
    name: 'existence_disagreements',
    layer: 'ode',
    run(c) {
      const n = num(c, 'spectralGrid');
      let bad = 0;
      for (const k of [4, 6, 8])
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            const b1 = (i + 0.5) / n;
            const b2 = (j + 0.25) / n;
            const meaningful = omegaStar(k, b1, b2) > 0 && etaLambdaStar(k, b1, b2) > 0;
            if (meaningful !== fixedPointExists(k, b1, b2)) bad++;
          }
      return {
        measured: bad,
        method: `sign of ω*, ηλ* from eq. (7) vs β1 < β2^{(k−1)/(2(k−2))}, ${n}×${n} grid, k ∈ {4, 6, 8}`,
        work: 3 * n * n,
      };
    },
  },
  {
    name: 'reference_table_digits',
    layer: 'ode',
    run(c) {
      const t = c.settings.referenceTable as readonly number[];
      const w = 12;
      let worst = 0;
      let worstAt: Record<string, number> = {};
      const devs: number[] = [];
      for (let r = 0; r + w <= t.length; r += w) {
        const [k, b1, b2] = [t[r], t[r + 1], t[r + 2]];
        const A = jacobianBlock(k, b1, b2);
        const e = eigen2(A);
        const rho = rhoMathjs(A);
        const { det, trace } = detTrace(k, b1, b2);
        const complex = t[r + 9] === 1;
        const got = [
          omegaStar(k, b1, b2),
          etaLambdaStar(k, b1, b2),
          det,
          trace,
          e.re[0],
          complex ? Math.abs(e.im[0]) : e.re[1],
          rho,
          Math.max(rho, qStar(k, b2)),
        ];
        const want = [t[r + 3], t[r + 4], t[r + 5], t[r + 6], t[r + 7], t[r + 8], t[r + 10], t[r + 11]];
        got.forEach((g, i) => {
          const d = Math.abs(g - want[i]) / halfUnit6(want[i]);
          devs.push(d);
          if (d > worst) {
            worst = d;
            worstAt = { k, beta1: b1, beta2: b2, column: i, measured: g, table: want[i] };
          }
        });
      }
      return {
        measured: worst,
        method: 'closed forms (7), A, mathjs eigs vs spec table; deviation in half-units of the 6th significant digit',
        work: devs.length,
        detail: { entries: devs.length, worst_at: JSON.stringify(worstAt) },
        counterexample: worstAt,
      };
    },
  },
  {
    name: 'stability_property_violations',
    layer: 'ode',
    run(c, ctx) {
      let bad = 0;
      let runs = 0;
      let ce: Record<string, number> | undefined;
      const arb = fc.record({
        // β away from 0 and 1 where ρ is too close to 1 to decide in float64
        b1: fc.double({ min: 0, max: 0.995, noNaN: true }),
        b2: fc.double({ min: 0.001, max: 0.995, noNaN: true }),
        k: fc.constantFrom(4, 6, 8, 10, 12, 20),
      });
      for (const { b1, b2, k } of fc.sample(arb, { seed: ctx.seed, numRuns: num(c, 'propertyRuns') })) {
        runs++;
        if (!fixedPointExists(k, b1, b2)) continue;
        const rho = rhoA(k, b1, b2);
        if (Math.abs(rho - 1) < num(c, 'boundaryBand')) continue;
        const c8 = condition8(k, b1, b2);
        const c9 = condition9(k, b1, b2);
        // (9) automatic above β2 = ((k−2)/k)^{2(k−2)}
        const auto9 = b2 >= ((k - 2) / k) ** (2 * (k - 2)) ? c9 : true;
        if (rho < 1 !== (c8 && c9) || !auto9) {
          bad++;
          ce ??= { k, beta1: b1, beta2: b2, rho };
        }
      }
      return {
        measured: bad,
        method: `fast-check ${runs} random (β1, β2, k), mathjs eigs of A`,
        work: runs,
        counterexample: ce,
      };
    },
  },
  {
    name: 'remark_4_2_primary_violations',
    layer: 'ode',
    run(c, ctx) {
      // Remark 4.2's step "the exponent k/(2(k−2)) of (8) decreases in k, so (8) at k = 4 implies (8) for k ≥ 4",
      // evaluated on the grid for the claimed (8)
      const { c8 } = claimedForms(c, ctx);
      const n = num(c, 'spectralGrid');
      let bad = 0;
      let ce: Record<string, number> | undefined;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const b1 = (i + 0.5) / n;
          const b2 = (j + 0.25) / n;
          if (c8(4, b1, b2))
            for (const k of [6, 8, 10, 12, 20])
              if (!c8(k, b1, b2)) {
                bad++;
                ce ??= { k, beta1: b1, beta2: b2 };
              }
        }
      return {
        measured: bad,
        method: `(8) at k = 4 vs (8) at k ∈ {6, 8, 10, 12, 20}, ${n}×${n} grid`,
        work: n * n,
        counterexample: ce,
      };
    },
  },
  {
    name: 'remark_4_2_full_conditions_violations',
    layer: 'ode',
    informational: true,
    run(c, ctx) {
      // Remark 4.2 strong form read on the theorem's stated conditions: (8) ∧ (9) at k = 4 ⇒ (8) ∧ (9) at k = 6, in the
      // corner (0, 0.02)² where (9) is active for both k (spec 004 D1). The closed-form ρ(A) is reported beside it
      // (the Jury identity and spectral_region_fd_disagreements tie the rule to the spectrum).
      const { stable } = claimedForms(c, ctx);
      const n = num(c, 'd1Grid');
      let bad = 0;
      let ce: Record<string, number> | undefined;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const b1 = (0.02 * (i + 0.5)) / n;
          const b2 = (0.02 * (j + 0.5)) / n;
          if (stable(4, b1, b2) && !stable(6, b1, b2)) {
            bad++;
            ce ??= {
              beta1: b1,
              beta2: b2,
              rho_k4: eigen2(jacobianBlock(4, b1, b2)).radius,
              rho_k6: eigen2(jacobianBlock(6, b1, b2)).radius,
            };
          }
        }
      const ex = { rho_k4_00785_01235: rhoA(4, 0.00785, 0.01235), rho_k6_00785_01235: rhoA(6, 0.00785, 0.01235) };
      return {
        measured: bad,
        method: `cells of a ${n}×${n} grid on (0, 0.02)² where (8) ∧ (9) hold for k = 4 but not for k = 6`,
        work: n * n,
        detail: { ...ex, fraction: bad / (n * n) },
        counterexample: ce,
      };
    },
  },
];
