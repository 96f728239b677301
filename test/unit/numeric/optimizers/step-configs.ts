/**
 * Seeded optimizer trajectories hashed bit for bit: the frozen fixture step-bits.json was written by the
 * allocating step path before the in-place kernels replaced it (`npx tsx test/unit/numeric/optimizers/step-configs.ts`).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRng } from '../../../../src/core/rng.js';
import type { Optimizer } from '../../../../src/numeric/optimizers/index.js';
import {
  adam,
  adamw,
  gd,
  heavyBall,
  kAdam,
  kAdamLevels,
  rmsprop,
  signGd,
} from '../../../../src/numeric/optimizers/index.js';

export const stepConfigs: Record<string, () => Optimizer<unknown>> = {
  gd: () => gd({ lr: 0.05 }) as Optimizer<unknown>,
  'sign-gd': () => signGd({ lr: 0.01 }) as Optimizer<unknown>,
  'heavy-ball': () => heavyBall({ lr: 0.03, momentum: 0.9 }) as Optimizer<unknown>,
  'adam-raw': () => adam({ lr: 1e-2, beta1: 0.9, beta2: 0.999 }) as Optimizer<unknown>,
  'adam-bc-eps': () =>
    adam({ lr: 1e-2, beta1: 0.9, beta2: 0.99, eps: 1e-8, biasCorrection: true }) as Optimizer<unknown>,
  'adam-inside-first': () =>
    adam({
      lr: 1e-2,
      beta1: 0.5,
      beta2: 0.7,
      eps: 1e-6,
      epsPlacement: 'inside-root',
      init: 'first-gradient',
    }) as Optimizer<unknown>,
  'adam-pytorch': () =>
    adam({ lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, convention: 'pytorch' }) as Optimizer<unknown>,
  adamw: () =>
    adamw({
      lr: 1e-2,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0.1,
      biasCorrection: true,
    }) as Optimizer<unknown>,
  'adamw-pytorch': () =>
    adamw({
      lr: 1e-2,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0.1,
      convention: 'pytorch',
    }) as Optimizer<unknown>,
  rmsprop: () => rmsprop({ lr: 1e-2, beta2: 0.9, eps: 1e-8 }) as Optimizer<unknown>,
  'rmsprop-inside-first': () =>
    rmsprop({
      lr: 1e-2,
      beta2: 0.9,
      eps: 1e-8,
      epsPlacement: 'inside-root',
      init: 'first-gradient',
    }) as Optimizer<unknown>,
  '3-adam': () => kAdam({ lr: 1e-2, levels: kAdamLevels('inverse-exp', 3) }) as Optimizer<unknown>,
  '2-adam-coupled': () =>
    kAdam({
      lr: 1e-2,
      levels: kAdamLevels('exp', 2),
      weightDecay: 0.05,
      coupled: true,
      eps: 1e-8,
    }) as Optimizer<unknown>,
  '2-adam-decoupled': () =>
    kAdam({ lr: 1e-2, levels: kAdamLevels('naive', 2), weightDecay: 0.05 }) as Optimizer<unknown>,
};

/** Every Float64Array (or array of them) in the state, in key order. */
function stateArrays(s: unknown): Float64Array[] {
  const out: Float64Array[] = [];
  for (const [, x] of Object.entries(s as Record<string, unknown>)) {
    if (x instanceof Float64Array) out.push(x);
    else if (Array.isArray(x)) for (const a of x) out.push(a as Float64Array);
  }
  return out;
}

/** SHA-256 of θ, the update and the state after every step, driven through the pure `step` (`make` swaps in a mutant). */
export function trajectoryHash(
  name: string,
  seed: number,
  dim = 17,
  steps = 40,
  make: () => Optimizer<unknown> = stepConfigs[name],
): string {
  const rng = createRng(seed, name);
  const opt = make();
  let p = Float64Array.from({ length: dim }, () => rng.normal());
  let s = opt.init(p);
  const h = createHash('sha256');
  for (let k = 0; k < steps; k++) {
    // every fifth coordinate an exact zero gradient, so den = 0 and sign(0) are exercised
    const g = Float64Array.from({ length: dim }, (_, i) =>
      i % 5 === 0 && k % 3 === 0 ? 0 : rng.normal() * 10 ** rng.uniform(-3, 2),
    );
    const o = opt.step(p, g, s);
    p = o.params;
    s = o.state;
    for (const a of [o.params, o.update, ...stateArrays(o.state)])
      h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }
  return h.digest('hex');
}

export const fixtureSeeds = [1, 2, 3] as const;

if (process.argv[1]?.endsWith('step-configs.ts')) {
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(stepConfigs)) out[name] = fixtureSeeds.map((seed) => trajectoryHash(name, seed));
  writeFileSync(new URL('./fixtures/step-bits.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
}
