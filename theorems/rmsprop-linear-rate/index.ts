import { defineTheorem } from '../../src/core/define.js';
import { rmspropRateClaim } from './claim.js';
import { empiricalChecks } from './empirical.js';
import { odeChecks } from './numeric/ode.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(rmspropRateClaim, [...symbolicChecks, ...odeChecks, ...empiricalChecks], import.meta.url);
