import { defineTheorem } from '../../src/core/define.js';
import { rmspropRateClaim } from './claim.js';
import { complexityChecks } from './complexity.js';
import { empiricalChecks } from './empirical.js';
import { falsifyTargets } from './falsify.js';
import { odeChecks } from './numeric/ode.js';
import { quadraticChecks } from './quadratic-k2.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  rmspropRateClaim,
  [...symbolicChecks, ...odeChecks, ...empiricalChecks, ...quadraticChecks, ...complexityChecks],
  import.meta.url,
  falsifyTargets,
);
