import { describe, expect, it } from 'vitest';
import mod from '../../theorems/fixed-point-spectral-radius/index.js';
import { exploreDegenerate } from '../../theorems/fixed-point-spectral-radius/explore.js';
import { expectClose } from '../helpers/expect-close.js';
import { runCheck } from '../helpers/run-check.js';

describe('fixed-point-spectral-radius', () => {
  it('should measure the k = 4 rate and spectral radius of spec 004', async () => {
    const r = await runCheck(mod, 'rate_k4_b2_093');
    if (r.status !== 'pass') expect.fail(r.status);
    expectClose((r.detail as Record<string, number>).rate, 0.982021, { rtol: 1e-6 });
    expectClose(r.measured, 1, { rtol: 1e-9 });
    const s = await runCheck(mod, 'spectral_radius_k4_09_093');
    if (s.status !== 'pass') expect.fail(s.status);
    expectClose(s.measured, 0.983739, { rtol: 1e-6 });
  });

  it('should find simulated Regime I exactly where (8) ∧ (9) hold on the quick grid', async () => {
    const r = await runCheck(mod, 'phase_agreement_k4');
    if (r.status !== 'pass') expect.fail(r.status);
    expect(r.measured).toBe(1);
  });

  it('should find the spectrum of the map unstable at the points where (9) alone decides (spec 004 D4, D1)', async () => {
    const r = await runCheck(mod, 'spectral_region_fd_disagreements');
    if (r.status !== 'pass') expect.fail(r.status);
    expect(r.measured).toBe(0);
    const d = r.detail as Record<string, unknown>;
    const rho = d.probe_rho_fd as number[];
    // spec 004 §3 table: (4, 0.005, 0.03) ρ = 1.31788; D1: (0.00785, 0.01235) ρ = 0.797 (k = 4), 1.178 (k = 6)
    expectClose(rho[0], 1.31788, { rtol: 1e-5 });
    expectClose(rho[1], 0.797, { rtol: 1e-3 });
    expectClose(rho[2], 1.178, { rtol: 1e-3 });
    expect(d.not_fixed).toBe(0);
    expect(d.worst_fixed_point_residual as number).toBeLessThan(1e-14);
  });

  it("should keep D4's point out of simulated Regime I on the phase grid", async () => {
    const r = await runCheck(mod, 'phase_agreement_k4');
    if (r.status !== 'pass') expect.fail(r.status);
    const probes = (r.detail as Record<string, unknown>).probes_beta1_beta2_sim_theory as number[][];
    expect(probes).toEqual([[0.005, 0.03, 2, 2]]);
  });

  it('should report D1 as an informational fail with a counterexample', async () => {
    const r = await runCheck(mod, 'remark_4_2_full_conditions_violations');
    expect(r.status).toBe('fail');
    if (r.status === 'fail') expect(r.measured).toBeGreaterThan(0);
  });

  it('should explore a point and reject bad flags naming the flag', async () => {
    const out = await exploreDegenerate.run({ k: '4', beta1: '0.9', beta2: '0.93' });
    expect(out.json.exists).toBe(true);
    expectClose(out.json.spectral_radius as number, 0.983739, { rtol: 1e-6 });
    expect(out.json.regime).toBe('I');
    await expect(async () => exploreDegenerate.run({ k: '4', beta1: '0.9', beta2: '1.5' })).rejects.toThrow(/--beta2/);
    await expect(async () => exploreDegenerate.run({ k: '5', beta1: '0.9', beta2: '0.9' })).rejects.toThrow(/--k/);
  });
});

describe('fixed-point-spectral-radius: k = 8, initialisation (G), coupling ratio', () => {
  it('should find Regime I exactly where (8) ∧ (9) hold for k = 8 and from (G), apart from undecidable cells', async () => {
    const r8 = await runCheck(mod, 'phase_agreement_k8');
    if (r8.status !== 'pass') expect.fail(r8.status);
    const d = r8.detail as Record<string, number>;
    expect(d.judged_cells + d.undecidable_cells).toBe(100);
    expect(d.undecidable_cells).toBeLessThan(5);
    const g = await runCheck(mod, 'phase_agreement_init_g_k4');
    if (g.status !== 'pass') expect.fail(g.status);
    expect((g.detail as Record<string, number>).undecidable_cells).toBe(0);
  });

  it('should separate the coupling ratio of Regimes I and III, and find ln max R in III of order 10–100 (D6)', async () => {
    const r = await runCheck(mod, 'coupling_ratio_I_above_III_k4');
    if (r.status !== 'pass') expect.fail(r.status);
    const d = r.detail as Record<string, number[]>;
    expect(d.min_ln_max_R[0]).toBeGreaterThan(d.max_ln_max_R[2]);
    const m = await runCheck(mod, 'coupling_ratio_regime_III_median_k4');
    expect(m.measured).toBeGreaterThan(10);
    expect(m.measured).toBeLessThan(100);
  });

  it("should find decoupling at x = 0.037 and 0.057, below App. E's x_c = 0.0832", async () => {
    const r = await runCheck(mod, 'decoupling_threshold_xc_k4');
    if (r.status !== 'pass') expect.fail(r.status);
    const d = r.detail as Record<string, number | number[]>;
    expectClose(d.x_c as number, 1e-3 / (1 - 0.93 ** (1 / 6)), { rtol: 1e-12 });
    for (const ratio of d.ratio_to_x_c as number[]) {
      expect(ratio).toBeGreaterThan(0.1);
      expect(ratio).toBeLessThan(1);
    }
  });
});
