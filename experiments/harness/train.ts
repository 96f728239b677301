/**
 * One training run: seeded task + instrumented optimizer + warm-up/cosine schedule + clipping.
 * Records per-step loss, ‖u‖₂, ‖u‖∞, gradient norm and the watched tensors' ‖W‖², ‖u_W‖², ⟨W, g_W⟩,
 * ⟨W, u_W⟩. A non-finite loss or update stops the run with status 'diverged' (data, not a crash).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../../src/core/rng.js';
import { buildTask } from './tasks.js';
import type { TaskConfig } from './tasks.js';
import { tensorOptimizer } from './optimizers.js';
import type { OptimizerConfig } from './optimizers.js';

/**
 * Warm-up (linear over `warmup` steps, from `startFactor`·lr — PyTorch's LinearLR; absent: from lr/warmup)
 * then cosine decay to `minFactor`·lr (CosineAnnealingLR, chained by SequentialLR); absent = constant lr.
 */
export interface ScheduleConfig {
  readonly warmup: number;
  readonly minFactor: number;
  readonly startFactor?: number;
}

/** Everything that determines a run (hashed for the cache; the backend is added by the sweep). */
export interface RunConfig {
  readonly task: TaskConfig;
  readonly optimizer: OptimizerConfig;
  readonly batch: number;
  readonly steps: number;
  readonly seed: number;
  readonly schedule?: ScheduleConfig;
  readonly clipNorm?: number;
  /** Parameter names whose ‖W‖², ‖u_W‖², ⟨W, g_W⟩, ⟨W, u_W⟩ are recorded every step. */
  readonly watch?: readonly string[];
  /**
   * Record the raw minibatch gradient (before clipping) of this many coordinates of every parameter tensor,
   * every step (all of a smaller tensor), chosen once from the run's seed: the gradient histories from which
   * an optimizer's state can be replayed in float64 (gsi referee experiment, seed 002).
   */
  readonly gradientSample?: number;
}

/** Sampled gradient coordinates of one tensor: flat indices, and values row-major (step, coordinate). */
export interface GradientSample {
  readonly index: number[];
  readonly values: number[];
}

/** Per-step series of one watched tensor: ‖W_n‖² (before step n), ‖u_W‖², ‖g_W‖², ⟨W, g_W⟩, ⟨W, u_W⟩. */
export interface TensorSeries {
  readonly w2: number[];
  readonly u2: number[];
  readonly g2: number[];
  readonly wg: number[];
  readonly wu: number[];
}

/** The numbers a run produced (stored in the cache; provenance is added there). */
export interface RunResult {
  readonly status: 'ok' | 'diverged';
  /** Steps completed (= config.steps unless diverged). */
  readonly steps: number;
  readonly note?: string;
  readonly model: string;
  readonly dataset: string;
  readonly loss: number[];
  readonly updateNorm: number[];
  readonly updateMax: number[];
  readonly gradNorm: number[];
  readonly tensors: Readonly<Record<string, TensorSeries>>;
  /** Per parameter tensor, when the config asks for `gradientSample`. */
  readonly gradientSamples?: Readonly<Record<string, GradientSample>>;
  /** Validation loss and accuracy of the final parameters (NaN when diverged). */
  readonly validation: { readonly loss: number; readonly accuracy: number };
}

/** Learning-rate factor at step t (0-based) of `total`. */
export function scheduleFactor(s: ScheduleConfig | undefined, t: number, total: number): number {
  if (!s) return 1;
  if (t < s.warmup)
    return s.startFactor === undefined ? (t + 1) / s.warmup : s.startFactor + ((1 - s.startFactor) * t) / s.warmup;
  const p = Math.min(1, (t - s.warmup) / Math.max(1, total - s.warmup));
  return s.minFactor + (1 - s.minFactor) * 0.5 * (1 + Math.cos(Math.PI * p));
}

/** Train per `cfg` on the active tfjs backend; `onStep(done, total)` for progress. */
export function trainRun(cfg: RunConfig, onStep?: (done: number, total: number) => void): RunResult {
  const steps = trainSteps(cfg, onStep);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The same run, handing the event loop a turn every `every` steps, so that a Ctrl-C during a long run
 * reaches its handler at once (the run still finishes; the sweep stops after it).
 */
export async function trainRunInterruptible(cfg: RunConfig, every = 25): Promise<RunResult> {
  const steps = trainSteps(cfg);
  let r = steps.next();
  for (let k = 1; !r.done; k++) {
    if (k % every === 0) await nextTurn();
    r = steps.next();
  }
  return r.value;
}

/** The training loop as a generator: one `yield` per step, the result at the end. */
function* trainSteps(
  cfg: RunConfig,
  onStep?: (done: number, total: number) => void,
): Generator<number, RunResult, void> {
  const task = buildTask(cfg.task, cfg.batch, cfg.seed);
  const names = task.model.params.map((p) => p.name);
  const watchIdx = (cfg.watch ?? []).map((w) => {
    const i = names.indexOf(w);
    if (i < 0)
      throw new RangeError(`watched tensor ${w} is not a parameter of ${task.model.name} (${names.join(', ')})`);
    return i;
  });
  const opt = tensorOptimizer(cfg.optimizer, { watch: watchIdx, clipNorm: cfg.clipNorm });
  let params = task.model.params.map((p) => tf.tensor(p.init, p.shape as number[]));
  const series = {
    loss: [] as number[],
    updateNorm: [] as number[],
    updateMax: [] as number[],
    gradNorm: [] as number[],
  };
  const tensors: Record<string, TensorSeries> = Object.fromEntries(
    (cfg.watch ?? []).map((w) => [w, { w2: [], u2: [], g2: [], wg: [], wu: [] }]),
  );
  const samples = cfg.gradientSample === undefined ? undefined : sampleIndices(task.model.params, cfg);
  const sampleIdx = samples?.map((s) => tf.tensor1d(s.index, 'int32'));
  let status: RunResult['status'] = 'ok';
  let note: string | undefined;
  let done = 0;
  for (let t = 0; t < cfg.steps; t++) {
    const { x, y } = task.nextBatch();
    const { value, grads } = tf.tidy(() => {
      const f = (...ps: tf.Tensor[]) => task.model.loss(ps, x, y);
      return tf.valueAndGrads(f)(params);
    });
    x.dispose();
    y.dispose();
    if (samples) {
      // one download per step for every tensor's sample (a dataSync each would double the step time)
      const picked = tf.tidy(() =>
        tf.concat(samples.map((_, i) => tf.gather(tf.reshape(grads[i], [-1]), sampleIdx![i]))),
      );
      const values = picked.dataSync();
      picked.dispose();
      let at = 0;
      for (const s of samples) for (let j = 0; j < s.index.length; j++) s.values.push(values[at++]);
    }
    const loss = value.dataSync()[0];
    value.dispose();
    const out = opt.step(params, grads, scheduleFactor(cfg.schedule, t, cfg.steps));
    grads.forEach((g) => g.dispose());
    params = out.params;
    const s = out.stats;
    series.loss.push(loss);
    series.updateNorm.push(s.updateNorm);
    series.updateMax.push(s.updateMax);
    series.gradNorm.push(s.gradNorm);
    watchIdx.forEach((_, k) => {
      const r = tensors[cfg.watch![k]];
      r.w2.push(s.tensors[k].w2);
      r.u2.push(s.tensors[k].u2);
      r.g2.push(s.tensors[k].g2);
      r.wg.push(s.tensors[k].wg);
      r.wu.push(s.tensors[k].wu);
    });
    done = t + 1;
    onStep?.(done, cfg.steps);
    yield done;
    if (!Number.isFinite(loss) || !Number.isFinite(s.updateNorm)) {
      status = 'diverged';
      note = `non-finite ${Number.isFinite(loss) ? 'update' : 'loss'} at step ${t}`;
      break;
    }
  }
  const validation = status === 'ok' ? evaluate(task, params) : { loss: NaN, accuracy: NaN };
  params.forEach((p) => p.dispose());
  sampleIdx?.forEach((t) => t.dispose());
  opt.dispose();
  const gradientSamples =
    samples && Object.fromEntries(samples.map((s) => [s.name, { index: s.index, values: s.values }]));
  return {
    status,
    steps: done,
    note,
    model: task.model.name,
    dataset: task.dataset,
    ...series,
    tensors,
    ...(gradientSamples ? { gradientSamples } : {}),
    validation,
  };
}

/** `cfg.gradientSample` distinct flat indices per tensor (sorted), drawn from the run's seed. */
function sampleIndices(
  params: readonly { name: string; shape: readonly number[] }[],
  cfg: RunConfig,
): { name: string; index: number[]; values: number[] }[] {
  return params.map((p) => {
    const size = p.shape.reduce((a, b) => a * b, 1);
    const k = Math.min(size, cfg.gradientSample!);
    const rng = createRng(cfg.seed, `gradient-sample:${p.name}`);
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(rng.int(size));
    return { name: p.name, index: [...chosen].sort((a, b) => a - b), values: [] };
  });
}

function evaluate(task: ReturnType<typeof buildTask>, params: tf.Tensor[]): { loss: number; accuracy: number } {
  const { x, y } = task.validationBatch();
  const [loss, acc] = tf.tidy(() => {
    const logits = task.model.logits(params, x);
    const l = task.model.loss(params, x, y);
    const pred = tf.argMax(logits, -1);
    const truth = y.dtype === 'int32' ? tf.reshape(y, pred.shape) : tf.argMax(y, -1);
    return [l.dataSync()[0], tf.mean(tf.cast(tf.equal(pred, truth), 'float32')).dataSync()[0]];
  });
  x.dispose();
  y.dispose();
  return { loss, accuracy: acc };
}
