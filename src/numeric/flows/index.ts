export { adamFlowProblem, firstOrderMoments, firstOrderR, secondOrderR } from './adam-flow.js';
export type { AdamFlowParams } from './adam-flow.js';
export { logisticScaleRamp, slowSine } from './signals.js';
export type { Signal } from './signals.js';
export { measureRemainders, remainderOrders } from './remainder.js';
export type { ClaimedExpansion, RemainderRun } from './remainder.js';
