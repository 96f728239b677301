export { checkIdentity, identityMeasurement } from './identity.js';
export type { IdentityOutcome, IdentitySpec } from './identity.js';
export { taylorCoefficients } from './taylor.js';
export type { Domain } from './domains.js';
export { compileHighPrecision } from './evaluate.js';
export { loadCas } from './nerdamer.js';
export { derive, newCasLog, substitute } from './derive.js';
export type { CasLog } from './derive.js';
export { identityCheck } from './check.js';
