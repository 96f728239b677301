/**
 * ctadam figure 5 in kind: AdamW on the char transformer with and without qk-norm. For the query/key
 * weights (scale-invariant under qk-norm) the recorded ‖u_W‖² drives the discrete form of theorem 2,
 *   φ_{n+1} = (1 − η_nλ)² φ_n + η_n² ‖u_{W,n}‖²,  φ_0 = ‖W_0‖²,
 * compared with the real ‖W_n‖² (relative error per tensor); assumption 1 is measured as
 * max_n |cos(W_n, g_{W,n})|, small with the normalisation and not without it.
 */
import { scheduleFactor } from '../harness/train.js';
import type { RunConfig, RunResult } from '../harness/train.js';
import type { TransformerOptions } from '../models/transformer.js';
import { runConfigs } from './common.js';
import { traceSteps } from './trace.js';
import type { ExperimentOptions, TrainingDetail } from './common.js';

/** Size of the experiment. */
export interface Figure5Budget {
  readonly model: Omit<TransformerOptions, 'qkNorm'>;
  readonly seeds: readonly number[];
  readonly steps: number;
  readonly batch: number;
  readonly lr: number;
  readonly weightDecay: number;
  readonly beta1: number;
  readonly beta2: number;
}

/** One watched tensor of one run. */
export interface Figure5Tensor {
  readonly qkNorm: boolean;
  readonly seed: number;
  readonly tensor: string;
  /** |φ_N − ‖W_N‖²| / ‖W_N‖² at the last step, and the max over steps. */
  readonly finalRelError: number;
  readonly maxRelError: number;
  /** max_n |⟨W_n, g_n⟩| / (‖W_n‖‖g_n‖) (assumption 1). */
  readonly maxCosWG: number;
  /** max_n |⟨W_n, u_n⟩| / (‖W_n‖‖u_n‖): theorem 2 drops the cross term −2η⟨W, u⟩, exact only when this is 0. */
  readonly maxCosWU: number;
  /** Relative error at the last step of the exact one-step identity including −2η(1 − ηλ)⟨W, u⟩ (harness self-check; float32 level). */
  readonly identityRelError: number;
  readonly w2First: number;
  readonly w2Last: number;
  /** |Δ‖W‖² − Δφ̂| / |Δφ̂| over the run: theorem 2's prediction of the change (free of the learning rate to first order). */
  readonly changeRelError: number;
  /** |Σ −2η(1 − ηλ)⟨W_n, u_n⟩| / Σ η²‖u_n‖²: the term assumption 1 drops over the one theorem 2 keeps. */
  readonly crossOverKept: number;
  /** For the figure (fig. 5): steps n (`traceSteps`), the real ‖W_n‖² and theorem 2's φ_n there. */
  readonly traceN: readonly number[];
  readonly w2Trace: readonly number[];
  readonly phiTrace: readonly number[];
}

/** Discrete theorem 2 from the recorded series of one tensor; returns the predicted φ_n for n = 0..N. */
export function predictNormSquared(r: RunResult, name: string, cfg: RunConfig, weightDecay: number): number[] {
  const s = r.tensors[name];
  const phi = [s.w2[0]];
  for (let n = 0; n + 1 < s.w2.length; n++) {
    const eta = cfg.optimizer.opts.lr * scheduleFactor(cfg.schedule, n, cfg.steps);
    phi.push((1 - eta * weightDecay) ** 2 * phi[n] + eta * eta * s.u2[n]);
  }
  return phi;
}

/** The exact step identity ‖W_{n+1}‖² = (1 − ηλ)²‖W_n‖² − 2η(1 − ηλ)⟨W_n, u_n⟩ + η²‖u_n‖², applied to the real ‖W_n‖². */
function identityError(r: RunResult, name: string, cfg: RunConfig, weightDecay: number): number {
  const s = r.tensors[name];
  let worst = 0;
  for (let n = 0; n + 1 < s.w2.length; n++) {
    const eta = cfg.optimizer.opts.lr * scheduleFactor(cfg.schedule, n, cfg.steps);
    const next =
      (1 - eta * weightDecay) ** 2 * s.w2[n] - 2 * eta * (1 - eta * weightDecay) * s.wu[n] + eta * eta * s.u2[n];
    worst = Math.max(worst, Math.abs(next - s.w2[n + 1]) / s.w2[n + 1]);
  }
  return worst;
}

/** ‖W_n‖² and φ_n at a figure's worth of steps. */
function trace(w2: ArrayLike<number>, phi: readonly number[]) {
  const traceN = traceSteps(Math.min(w2.length, phi.length));
  return { traceN, w2Trace: traceN.map((n) => w2[n]), phiTrace: traceN.map((n) => phi[n]) };
}

/** Run the figure-5 sweep (qk-norm on and off) and measure every query/key weight. */
export async function ctadamFigure5(
  b: Figure5Budget,
  o: ExperimentOptions = {},
): Promise<{ tensors: Figure5Tensor[]; detail: TrainingDetail }> {
  const watch = Array.from({ length: b.model.layers }, (_, l) => [`Wq${l}`, `Wk${l}`]).flat();
  const configs: RunConfig[] = [true, false].flatMap((qkNorm) =>
    b.seeds.map((seed) => ({
      task: { kind: 'char-transformer' as const, ...b.model, qkNorm },
      batch: b.batch,
      steps: b.steps,
      seed,
      watch,
      optimizer: {
        kind: 'adamw' as const,
        opts: { lr: b.lr, beta1: b.beta1, beta2: b.beta2, eps: 1e-8, biasCorrection: true, weightDecay: b.weightDecay },
      },
    })),
  );
  const { results, detail } = await runConfigs(configs, o);
  if (!detail.complete) return { tensors: [], detail };
  const tensors = results.flatMap((r, i) =>
    watch.map((name) => {
      const cfg = configs[i];
      const s = r.tensors[name];
      const phi = predictNormSquared(r, name, cfg, b.weightDecay);
      const rel = phi.map((p, n) => Math.abs(p - s.w2[n]) / s.w2[n]);
      const cos = s.wg.map((wg, n) => Math.abs(wg) / Math.sqrt(s.w2[n] * s.g2[n] || 1));
      const cosU = s.wu.map((wu, n) => Math.abs(wu) / Math.sqrt(s.w2[n] * s.u2[n] || 1));
      const last = s.w2.length - 1;
      const lr = (n: number) => cfg.optimizer.opts.lr * scheduleFactor(cfg.schedule, n, cfg.steps);
      let cross = 0;
      let kept = 0;
      for (let n = 0; n < last; n++) {
        cross += -2 * lr(n) * (1 - lr(n) * b.weightDecay) * s.wu[n];
        kept += lr(n) ** 2 * s.u2[n];
      }
      return {
        maxCosWU: Math.max(...cosU),
        identityRelError: identityError(r, name, cfg, b.weightDecay),
        qkNorm: cfg.task.kind === 'char-transformer' && cfg.task.qkNorm,
        seed: cfg.seed,
        tensor: name,
        finalRelError: rel[rel.length - 1],
        maxRelError: Math.max(...rel),
        maxCosWG: Math.max(...cos),
        w2First: s.w2[0],
        w2Last: s.w2[s.w2.length - 1],
        changeRelError: Math.abs(s.w2[last] - s.w2[0] - (phi[last] - phi[0])) / Math.abs(phi[last] - phi[0]),
        crossOverKept: Math.abs(cross / kept),
        ...trace(s.w2, phi),
      };
    }),
  );
  return { tensors, detail };
}
