import { defineTheorem } from '../../src/core/define.js';
import { iffTauClaim } from './claim.js';
import { empiricalChecks } from './empirical.js';
import { falsifyTargets } from './falsify.js';
import { odeChecks } from './ode.js';
import { refereeChecks } from './referee.js';
import { table2Checks } from './table2.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  iffTauClaim,
  [...symbolicChecks, ...odeChecks, ...empiricalChecks, ...table2Checks, ...refereeChecks],
  import.meta.url,
  falsifyTargets,
);
