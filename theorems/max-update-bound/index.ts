/** ctadam theorem 1 and theorem 3: the max-update bound and the exact discrete worst case. */
import { defineTheorem } from '../../src/core/define.js';
import { maxUpdateClaim } from './claim.js';
import { empiricalChecks } from './empirical.js';
import { falsifyTargets } from './falsify.js';
import { lemmaOneChecks } from './lemma-one.js';
import { odeChecks } from './ode.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  maxUpdateClaim,
  [...symbolicChecks, ...odeChecks, ...lemmaOneChecks, ...empiricalChecks],
  import.meta.url,
  falsifyTargets,
);
