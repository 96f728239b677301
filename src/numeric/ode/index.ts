export type { OdeProblem, OdeSolution, OdeStatus, SolveOptions } from './problem.js';
export { integrateOde } from './solve.js';
export { agreedDigits, certifyAcrossTolerances, roundSignificant } from './certify.js';
export type { Certified } from './certify.js';
