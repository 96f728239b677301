import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { checkIdentity, derive, identityMeasurement, newCasLog } from '../../../proofs-check/index.js';
import { ComputerAlgebraFault } from '../../../src/core/errors.js';

describe('checkIdentity', () => {
  it('should close a true identity symbolically and at every point', () => {
    const o = checkIdentity({ lhs: '(x + y)^2', rhs: 'x^2 + 2*x*y + y^2', domain: { x: [-3, 3], y: [-3, 3] } }, 0);
    expect(o.kind).toBe('closed');
    expect(o.points).toBe(64);
  });
  it('should refute a perturbed identity and return the refuting point', () => {
    const o = checkIdentity(
      { lhs: '(x + y)^2 + 1e-6*x', rhs: 'x^2 + 2*x*y + y^2', domain: { x: [1, 3], y: [-3, 3] } },
      0,
    );
    expect(o.kind).toBe('refuted');
    if (o.kind === 'refuted') {
      expect(o.point.x).toBeGreaterThanOrEqual(1);
      expect(o.residual).toBeGreaterThan(1e-8);
    }
    const m = identityMeasurement(
      { lhs: '(x + y)^2 + 1e-6*x', rhs: 'x^2 + 2*x*y + y^2', domain: { x: [1, 3], y: [-3, 3] } },
      0,
    );
    expect(m.counterexample).toBeDefined();
  });
  it('should tell "held at points" apart from "closed" when the algebra is not attempted', () => {
    const o = checkIdentity({ lhs: 'sin(x)^2 + cos(x)^2', rhs: '1', domain: { x: [-3, 3] }, numericOnly: true }, 0);
    expect(o.kind).toBe('held-numerically');
  });
  it('should see a 1e-20 relative difference that float64 cannot (48-digit evaluation)', () => {
    const o = checkIdentity({ lhs: 'x + 1e-20*x', rhs: 'x', domain: { x: [1, 2] }, numericOnly: true }, 0);
    expect(o.kind).toBe('refuted');
  });
});

describe('derive (CAS derivatives checked by finite differences)', () => {
  it('should fall back from nerdamer-prime to mathjs where nerdamer-prime is wrong, and log the fault', () => {
    // nerdamer-prime 1.5 returns a (1−2s)^(1/4) term for this product-rule derivative
    const log = newCasLog();
    const d = derive('(1 - s)*(1 - 2*s)^(-1/2)', 's', 1, { s: [-0.2, 0.2] }, log);
    const o = checkIdentity(
      { lhs: d, rhs: '-(1 - 2*s)^(-1/2) + (1 - s)*(1 - 2*s)^(-3/2)', domain: { s: [-0.2, 0.2] }, numericOnly: true },
      0,
    );
    expect(o.kind).toBe('held-numerically');
    expect(log.faults.length).toBeGreaterThan(0);
  });
  it('should raise a ComputerAlgebraFault when the CAS "0" contradicts the numbers', () => {
    // classic nerdamer 1.1.13 simplifies x*b − x*a to (a − b)*x: a sign flip
    const require = createRequire(import.meta.url);
    const classic = require('nerdamer');
    require('nerdamer/Algebra.js');
    expect(String(classic('simplify(x*b-x*a)'))).toBe('(-b+a)*x');
    const wrong = String(classic('simplify(x*b-x*a)'));
    const o = checkIdentity(
      { lhs: wrong, rhs: 'x*b - x*a', domain: { x: [1, 2], a: [0, 1], b: [2, 3] }, numericOnly: true },
      0,
    );
    expect(o.kind).toBe('refuted');
    expect(() => checkIdentity({ lhs: 'x + 1e-3', rhs: 'x', domain: { x: [1, 2] } }, 0)).not.toThrow(
      ComputerAlgebraFault,
    );
  });
});

describe('computer algebra without a wall clock', () => {
  it("should raise nerdamer-prime's per-step time limit so a loaded machine gets the same algebra", async () => {
    const { casTimeoutMs, loadCas } = await import('../../../proofs-check/nerdamer.js');
    loadCas();
    const nerdamer = createRequire(import.meta.url)('nerdamer-prime/all');
    expect(nerdamer.get('TIMEOUT')).toBe(casTimeoutMs);
    expect(casTimeoutMs).toBeGreaterThanOrEqual(600_000);
  });
});
