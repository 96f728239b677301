import { defineTheorem } from '../../src/core/define.js';
import { adamFlowClaim } from './claim.js';
import { empiricalChecks } from './empirical.js';
import { odeChecks } from './ode.js';
import { practicalVariantChecks } from './practical-variants.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  adamFlowClaim,
  [...symbolicChecks, ...odeChecks, ...empiricalChecks, ...practicalVariantChecks],
  import.meta.url,
);
