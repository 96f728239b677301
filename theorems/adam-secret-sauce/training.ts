/**
 * A real training run for proposition 1: an MNIST MLP (experiments/harness tasks) trained by Adam with
 * β1 = β2 = β in tfjs, m and v kept as the run's own tensors (the harness's arithmetic:
 * m ← βm + (1−β)g, v ← βv + (1−β)g², θ ← θ − η m/(√v + ε), no bias correction), recording g_k, m_k and v_k
 * of a seeded sample of coordinates at every step. Cached through the sweep cache (its own namespace,
 * keyed by this file's code). Loaded only dynamically (tfjs).
 */
import * as tf from '@tensorflow/tfjs';
import { describeBackend, initBackend } from '../../experiments/backends.js';
import type { BackendRequest } from '../../experiments/backend-names.js';
import { runSweep } from '../../experiments/cache/sweep.js';
import type { ExperimentOptions, TrainingDetail } from '../../experiments/specs/common.js';
import { buildTask } from '../../experiments/harness/tasks.js';
import type { TaskConfig } from '../../experiments/harness/tasks.js';
import { codeFingerprint } from '../../src/core/fingerprint.js';
import { createRng } from '../../src/core/rng.js';

/** One budget's run, as the claim declares it (seeds resolved). */
export interface MomentsBudget {
  readonly task: TaskConfig;
  readonly beta: number;
  readonly lr: number;
  readonly eps: number;
  readonly batch: number;
  readonly steps: number;
  readonly coordinates: number;
  readonly seeds: readonly number[];
}

export interface MomentsConfig extends Omit<MomentsBudget, 'seeds'> {
  readonly seed: number;
}

/** Per sampled coordinate i: g[i][k−1] = g_k, m[i][k] = m_k, v[i][k] = v_k (m_0 = v_0 = 0). */
export interface MomentsRun {
  readonly status: 'ok' | 'diverged';
  readonly model: string;
  readonly dataset: string;
  /** Bits of the float mantissa of the backend's float tensors (tf.backend().floatPrecision()). */
  readonly floatPrecision: number;
  readonly coordinates: readonly string[];
  readonly g: readonly (readonly number[])[];
  readonly m: readonly (readonly number[])[];
  readonly v: readonly (readonly number[])[];
  readonly loss: readonly number[];
}

/** `count` distinct (tensor, flat index) pairs, seeded, spread over the tensors in proportion to their size. */
function sample(sizes: readonly number[], count: number, seed: number): { t: number; i: number }[] {
  const rng = createRng(seed, 'adam-secret-sauce:coordinates');
  const total = sizes.reduce((a, b) => a + b, 0);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, total)) picked.add(rng.int(total));
  return [...picked]
    .sort((a, b) => a - b)
    .map((flat) => {
      let t = 0;
      let i = flat;
      while (i >= sizes[t]) i -= sizes[t++];
      return { t, i };
    });
}

export function trainMoments(cfg: MomentsConfig): MomentsRun {
  const task = buildTask(cfg.task, cfg.batch, cfg.seed);
  const specs = task.model.params;
  const coords = sample(
    specs.map((p) => p.shape.reduce((a, b) => a * b, 1)),
    cfg.coordinates,
    cfg.seed,
  );
  const perTensor = specs.map((_, t) => coords.filter((c) => c.t === t).map((c) => c.i));
  const gather = perTensor.map((idx) => (idx.length ? tf.tensor1d(idx, 'int32') : null));
  let params = specs.map((p) => tf.tensor(p.init, p.shape as number[]));
  let m = params.map((p) => tf.zerosLike(p));
  let v = params.map((p) => tf.zerosLike(p));
  const rows = () => coords.map(() => [] as number[]);
  const g = rows();
  const ms = rows().map(() => [0]);
  const vs = rows().map(() => [0]);
  const loss: number[] = [];
  let status: MomentsRun['status'] = 'ok';
  const read = (ts: tf.Tensor[], into: number[][]) => {
    let row = 0;
    ts.forEach((x, t) => {
      const idx = gather[t];
      if (!idx) return;
      const vals = tf.tidy(() => tf.gather(tf.reshape(x, [-1]), idx)).dataSync();
      vals.forEach((val) => into[row++].push(val));
    });
  };
  for (let k = 0; k < cfg.steps; k++) {
    const { x, y } = task.nextBatch();
    const { value, grads } = tf.tidy(() => tf.valueAndGrads((...ps: tf.Tensor[]) => task.model.loss(ps, x, y))(params));
    x.dispose();
    y.dispose();
    loss.push(value.dataSync()[0]);
    value.dispose();
    const next = tf.tidy(() => {
      const mk = grads.map((gr, j) => tf.keep(tf.add(tf.mul(m[j], cfg.beta), tf.mul(gr, 1 - cfg.beta))));
      const vk = grads.map((gr, j) => tf.keep(tf.add(tf.mul(v[j], cfg.beta), tf.mul(tf.square(gr), 1 - cfg.beta))));
      const pk = params.map((p, j) =>
        tf.keep(tf.sub(p, tf.mul(tf.div(mk[j], tf.add(tf.sqrt(vk[j]), cfg.eps)), cfg.lr))),
      );
      return { mk, vk, pk };
    });
    read(grads, g);
    read(next.mk, ms);
    read(next.vk, vs);
    for (const list of [grads, m, v, params]) list.forEach((t) => t.dispose());
    m = next.mk;
    v = next.vk;
    params = next.pk;
    if (!Number.isFinite(loss[k])) {
      status = 'diverged';
      break;
    }
  }
  for (const list of [m, v, params]) list.forEach((t) => t.dispose());
  gather.forEach((t) => t?.dispose());
  return {
    status,
    model: task.model.name,
    dataset: task.dataset,
    floatPrecision: tf.backend().floatPrecision(),
    coordinates: coords.map((c) => `${specs[c.t].name}[${c.i}]`),
    g,
    m: ms,
    v: vs,
    loss,
  };
}

function runProblem(r: unknown): string | null {
  const x = r as Partial<MomentsRun> | null;
  if (!x || !Array.isArray(x.g) || !Array.isArray(x.m) || !Array.isArray(x.v)) return 'not a moments run';
  if (x.g.length !== x.m.length || x.m.length !== x.v.length) return 'g, m and v sample different coordinates';
  return null;
}

/** Train (or read back) one run per seed. */
export async function momentsRuns(
  b: MomentsBudget,
  o: ExperimentOptions,
): Promise<{ runs: MomentsRun[]; detail: TrainingDetail }> {
  const backend = await initBackend(o.backend as BackendRequest | undefined);
  const { seeds, ...rest } = b;
  const configs: MomentsConfig[] = seeds.map((seed) => ({ ...rest, seed }));
  const stored = await runSweep<MomentsConfig, MomentsRun>(configs, (c) => trainMoments(c), {
    dir: o.dir,
    shard: o.shard,
    backend: backend.name,
    namespace: 'adam-secret-sauce-moments',
    code: codeFingerprint(import.meta.url),
    validate: runProblem,
    onDrop: o.warn,
    signal: o.signal,
    onRun: (i, n) => o.progress?.(i, n),
  });
  const runs = stored.map((s) => s.result);
  return {
    runs,
    detail: {
      backend: describeBackend(backend),
      model: [...new Set(runs.map((r) => r.model))].join(', '),
      dataset: [...new Set(runs.map((r) => r.dataset))].join(', '),
      steps: b.steps,
      seeds: [...seeds],
      wall_s: stored.reduce((s, r) => s + r.provenance.wall_s, 0),
      runs: stored.length,
      complete: stored.length === configs.length,
    },
  };
}
