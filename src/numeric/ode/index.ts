export type { OdeOutcome, OdeProblem, OdeSolution, OdeStats, OdeStatus, SolveOptions } from './problem.js';
export { DEFAULT_MAX_STEPS, describeOutcome, integrateOde, integrateOdeOrThrow, requireSuccess } from './solve.js';
export { MIN_AGREED_DIGITS, agreedDigits, certify, certifyAcrossTolerances, roundSignificant } from './certify.js';
export type { Certified } from './certify.js';
