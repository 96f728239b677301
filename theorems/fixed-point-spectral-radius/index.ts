import { defineTheorem } from '../../src/core/define.js';
import { fixedPointClaim } from './claim.js';
import { empiricalChecks } from './empirical.js';
import { falsifyTargets } from './falsify.js';
import { odeChecks } from './numeric/ode.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  fixedPointClaim,
  [...symbolicChecks, ...odeChecks, ...empiricalChecks],
  import.meta.url,
  falsifyTargets,
);
