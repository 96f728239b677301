/** Optimizer registry (typed object, no switch). */
export * from './types.js';
export { adam, adamDirection, adamDirectionInPlace, assertPytorchCompatible } from './adam.js';
export type { AdamOptions, AdamState, OptimizerConvention } from './adam.js';
export { adamw } from './adamw.js';
export { gd } from './gd.js';
export { heavyBall } from './heavy-ball.js';
export { kAdam, kAdamLevels, kAdamStrategies } from './k-adam.js';
export { rmsprop } from './rmsprop.js';
export { signGd } from './sign-gd.js';
import { adam } from './adam.js';
import { adamw } from './adamw.js';
import { gd } from './gd.js';
import { heavyBall } from './heavy-ball.js';
import { kAdam } from './k-adam.js';
import { rmsprop } from './rmsprop.js';
import { signGd } from './sign-gd.js';

export const optimizers = { gd, heavyBall, signGd, rmsprop, adam, adamw, kAdam } as const;
