import { defineTheorem } from '../../src/core/define.js';
import { secretSauceClaim } from './claim.js';
import { trainingChecks } from './empirical.js';
import { float64Checks } from './float64.js';
import { symbolicChecks } from './symbolic.js';

export default defineTheorem(
  secretSauceClaim,
  [...symbolicChecks, ...float64Checks, ...trainingChecks],
  import.meta.url,
);
