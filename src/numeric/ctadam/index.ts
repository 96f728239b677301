/** ctadam kernels: max-update bound (theorem 1, 3) and the meta-adaptive norm ODE (theorem 2). */
export * from './max-update.js';
export * from './norm-ode.js';
