/** A solver fault inside an ODE-layer check ends `error` (code E_ODE_SOLVER), never `fail`. */
import { describe, expect, it } from 'vitest';
import type { TheoremModule } from '../../../../src/core/theorem.js';
import mub from '../../../../theorems/max-update-bound/index.js';
import rms from '../../../../theorems/rmsprop-linear-rate/index.js';
import { runCheck } from '../../../helpers/run-check.js';

const withSettings = (mod: TheoremModule, s: Record<string, number>): TheoremModule => ({
  ...mod,
  claim: { ...mod.claim, settings: { ...mod.claim.settings, ...s } },
});

describe('ODE solver failures reach the runner as error', () => {
  it('should end gd_power_law_exponent_k4 as error step-too-small when η < 0 makes ẋ = x³ blow up at t = 1/2', async () => {
    const r = await runCheck(withSettings(rms, { gdEta: -1, x0: 1 }), 'gd_power_law_exponent_k4');
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('E_ODE_SOLVER');
    expect(r.error?.message).toMatch(
      /odex step-too-small at t = 0\.5\d* of \[0, \d+\] after \d+ steps \(\d+ accepted, \d+ rejected, \d+ rhs evaluations/,
    );
    // the unperturbed check still passes
    expect((await runCheck(rms, 'gd_power_law_exponent_k4')).status).toBe('pass');
  });

  it('should end ode_extremal_ratio as error non-finite when the extremal signal overflows', async () => {
    // g = e^{(a_γ − a_β)τ} overflows float64 long before t = 1e7
    const r = await runCheck(withSettings(mub, { extremalT: 1e7 }), 'ode_extremal_ratio');
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('E_ODE_SOLVER');
    expect(r.error?.message).toContain('odex non-finite');
  });
});
