/** ctadam theorem 2, lemma 2, propositions 2–3: the meta-adaptive effect of scale invariance. */
import { defineTheorem } from '../../src/core/define.js';
import { metaAdaptiveClaim } from './claim.js';
import { adamwTrajectoryChecks } from './adamw-trajectory.js';
import { directionChecks } from './direction.js';
import { empiricalChecks } from './empirical.js';
import { odeChecks } from './ode.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  metaAdaptiveClaim,
  [...symbolicChecks, ...odeChecks, ...directionChecks, ...adamwTrajectoryChecks, ...empiricalChecks],
  import.meta.url,
);
