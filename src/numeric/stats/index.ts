export { binomialUpperTail, poissonBinomialUpperTail } from './binomial.js';
export { ema } from './ema.js';
export { oscillation } from './oscillation.js';
export type { Oscillation } from './oscillation.js';
export { fitLine, fitLogLogOrder } from './order-fit.js';
export type { OrderFit } from './order-fit.js';
