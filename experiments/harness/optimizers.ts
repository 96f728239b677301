/**
 * Instrumented optimizers on tfjs tensors. They take the numeric core's option types unchanged
 * (AdamOptions, AdamWOptions, RmspropOptions, KAdamOptions) and compute the same update as its
 * Float64 kernels (src/numeric/optimizers) on float32 tensors: θ ← θ − η·s·(u + λθ), s the schedule factor.
 * On wasm and cpu one fused kernel does the step (float64 arithmetic between float32 stored values,
 * experiments/kernels/adam-update.ts); elsewhere composed float32 tfjs ops do.
 */
import * as tf from '@tensorflow/tfjs';
import type { MomentLevel } from '../kernels/adam-update.js';
import { hasFusedAdam, runFusedAdam } from '../kernels/fused-adam-kernel.js';
import type { AdamOptions } from '../../src/numeric/optimizers/adam.js';
import type { AdamWOptions } from '../../src/numeric/optimizers/adamw.js';
import type { KAdamOptions } from '../../src/numeric/optimizers/k-adam.js';
import type { RmspropOptions } from '../../src/numeric/optimizers/rmsprop.js';

/** Which kernel and its options (the same objects the Float64 kernels take). */
export type OptimizerConfig =
  | { readonly kind: 'adam'; readonly opts: AdamOptions }
  | { readonly kind: 'adamw'; readonly opts: AdamWOptions }
  | { readonly kind: 'rmsprop'; readonly opts: RmspropOptions }
  | { readonly kind: 'k-adam'; readonly opts: KAdamOptions };

function levelsOf(c: OptimizerConfig): { levels: MomentLevel[]; weightDecay: number; coupled: boolean } {
  if (c.kind === 'k-adam') {
    const eps = c.opts.eps ?? 1e-30;
    const levels = c.opts.levels.map((l) => ({
      beta1: l.beta1,
      beta2: l.beta2,
      eps,
      inside: false,
      bias: true,
      firstGradient: false,
      torchEps: false,
    }));
    return { levels, weightDecay: c.opts.weightDecay ?? 0, coupled: c.opts.coupled ?? false };
  }
  const o = c.opts as AdamOptions;
  const beta1 = c.kind === 'rmsprop' ? 0 : o.beta1;
  const bias = c.kind === 'rmsprop' ? false : (o.biasCorrection ?? false);
  const torchEps = o.convention === 'pytorch';
  const level = {
    beta1,
    beta2: o.beta2,
    eps: o.eps ?? 0,
    inside: (o.epsPlacement ?? 'outside-root') === 'inside-root',
    bias: bias || (torchEps && c.kind !== 'rmsprop'),
    firstGradient: o.init === 'first-gradient',
    torchEps,
  };
  return { levels: [level], weightDecay: c.kind === 'adamw' ? c.opts.weightDecay : 0, coupled: false };
}

/** Per-step statistics, all over the update direction u (before η): gsi's R_k, ctadam's u_n. */
export interface StepStats {
  /** ‖u‖₂ over all parameters. */
  readonly updateNorm: number;
  /** ‖u‖∞ over all parameters. */
  readonly updateMax: number;
  /** Global gradient norm before clipping. */
  readonly gradNorm: number;
  /** Per watched tensor: ‖W‖² (before the step), ‖u_W‖², ‖g_W‖², ⟨W, g_W⟩, ⟨W, u_W⟩ (g before clipping). */
  readonly tensors: readonly {
    readonly w2: number;
    readonly u2: number;
    readonly g2: number;
    readonly wg: number;
    readonly wu: number;
  }[];
}

/** A stateful optimizer over a parameter list; `step` disposes the old parameters and returns the new. */
export interface TensorOptimizer {
  readonly config: OptimizerConfig;
  /** Apply one step with gradients `grads` (same order as params); lrScale multiplies opts.lr. */
  step(
    params: readonly tf.Tensor[],
    grads: readonly tf.Tensor[],
    lrScale?: number,
  ): { params: tf.Tensor[]; stats: StepStats };
  dispose(): void;
}

/** Options of the instrumentation: indices of the tensors to watch, and global-norm clipping. */
export interface InstrumentOptions {
  readonly watch?: readonly number[];
  readonly clipNorm?: number;
}

/**
 * How the step runs: 'auto' = one fused kernel where the backend has it (wasm, cpu), else composed tfjs
 * ops; 'composed' forces the ops (the reference the fused kernel is tested against).
 */
export type OptimizerPath = 'auto' | 'composed';
let optimizerPath: OptimizerPath = 'auto';
/** Switch the optimizers' step implementation (tests and bench compare both in one process). */
export function setOptimizerPath(path: OptimizerPath): void {
  optimizerPath = path;
}

/** Build an instrumented optimizer for `config` (same hyperparameter names as the numeric kernels). */
export function tensorOptimizer(config: OptimizerConfig, options: InstrumentOptions = {}): TensorOptimizer {
  const { levels, weightDecay, coupled } = levelsOf(config);
  const lr = config.opts.lr;
  const watch = options.watch ?? [];
  let m: tf.Tensor[][] | null = null;
  let v: tf.Tensor[][] | null = null;
  let t = 0;
  return {
    config,
    step(params, grads, lrScale = 1) {
      const first = t === 0;
      t += 1;
      const oldM = m;
      const oldV = v;
      const fused = optimizerPath === 'auto' && hasFusedAdam();
      const out = fused
        ? (() => {
            const r = runFusedAdam(params, grads, oldM, oldV, {
              levels,
              weightDecay,
              coupled,
              eta: lr * lrScale,
              t,
              clipNorm: options.clipNorm,
              watch,
            });
            return { next: r.params, newM: r.m, newV: r.v, packed: r.stats };
          })()
        : tf.tidy(() => {
            const sq = grads.map((g) => tf.sum(tf.square(g)));
            const gradNorm = tf.sqrt(tf.addN(sq));
            let gs = grads as tf.Tensor[];
            if (options.clipNorm !== undefined) {
              const scale = tf.minimum(1, tf.div(options.clipNorm, tf.add(gradNorm, 1e-12)));
              gs = gs.map((g) => tf.mul(g, scale));
            }
            const newM: tf.Tensor[][] = levels.map(() => []);
            const newV: tf.Tensor[][] = levels.map(() => []);
            const updates = params.map((p, j) => {
              let gHat = coupled ? tf.add(gs[j], tf.mul(p, weightDecay)) : gs[j];
              levels.forEach((l, i) => {
                const fromG = first && l.firstGradient;
                const m0 = oldM ? oldM[i][j] : fromG ? gHat : tf.zerosLike(gHat);
                const v0 = oldV ? oldV[i][j] : fromG ? tf.square(gHat) : tf.zerosLike(gHat);
                const mi = tf.add(tf.mul(m0, l.beta1), tf.mul(gHat, 1 - l.beta1));
                const vi = tf.add(tf.mul(v0, l.beta2), tf.mul(tf.square(gHat), 1 - l.beta2));
                newM[i].push(tf.keep(mi));
                newV[i].push(tf.keep(vi));
                const c = l.bias ? Math.sqrt(1 - l.beta2 ** t) / (1 - l.beta1 ** t) : 1;
                // PyTorch: m̂/(√v̂ + ε) = c·m/(√v + ε√(1 − β2^t)) with bias correction
                const epsT = l.torchEps && l.bias ? l.eps * Math.sqrt(1 - l.beta2 ** t) : l.eps;
                const den = l.inside ? tf.sqrt(tf.add(vi, l.eps)) : tf.add(tf.sqrt(vi), epsT);
                gHat = tf.divNoNan(tf.mul(mi, c), den);
              });
              return gHat;
            });
            const eta = lr * lrScale;
            const next = params.map((p, j) =>
              tf.keep(
                tf.sub(
                  p,
                  tf.mul(coupled || weightDecay === 0 ? updates[j] : tf.add(updates[j], tf.mul(p, weightDecay)), eta),
                ),
              ),
            );
            const scalars: tf.Tensor[] = [
              tf.sqrt(tf.addN(updates.map((u) => tf.sum(tf.square(u))))),
              tf.max(tf.stack(updates.map((u) => tf.max(tf.abs(u))))),
              gradNorm,
            ];
            for (const j of watch)
              scalars.push(
                tf.sum(tf.square(params[j])),
                tf.sum(tf.square(updates[j])),
                sq[j],
                tf.sum(tf.mul(params[j], grads[j])),
                tf.sum(tf.mul(params[j], updates[j])),
              );
            const packed = tf.keep(tf.stack(scalars));
            return { next, newM, newV, packed };
          });
      const s = out.packed.dataSync();
      out.packed.dispose();
      for (const list of [oldM, oldV]) list?.forEach((ts) => ts.forEach((x) => x.dispose()));
      m = out.newM;
      v = out.newV;
      for (const p of params) p.dispose();
      const tensors = watch.map((_, k) => ({
        w2: s[3 + 5 * k],
        u2: s[4 + 5 * k],
        g2: s[5 + 5 * k],
        wg: s[6 + 5 * k],
        wu: s[7 + 5 * k],
      }));
      return { params: out.next, stats: { updateNorm: s[0], updateMax: s[1], gradNorm: s[2], tensors } };
    },
    dispose() {
      for (const list of [m, v]) list?.forEach((ts) => ts.forEach((x) => x.dispose()));
      m = v = null;
    },
  };
}
