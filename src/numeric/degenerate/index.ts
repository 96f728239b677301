export * from './fixed-point.js';
export * from './normalised-map.js';
export * from './sharpness-map.js';
export { simulateAdam, simulatedRegime } from './simulate.js';
export type { SimOptions, SimResult } from './simulate.js';
export * from './trace.js';
export * from './descent.js';
