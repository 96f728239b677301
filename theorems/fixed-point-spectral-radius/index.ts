import { defineTheorem } from '../../src/core/define.js';
import { fixedPointClaim } from './claim.js';
import { couplingChecks } from './coupling.js';
import { empiricalChecks } from './empirical.js';
import { falsifyTargets } from './falsify.js';
import { odeChecks } from './numeric/ode.js';
import { phaseExtraChecks } from './phase-extra.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  fixedPointClaim,
  [...symbolicChecks, ...odeChecks, ...empiricalChecks, ...phaseExtraChecks, ...couplingChecks],
  import.meta.url,
  falsifyTargets,
);
