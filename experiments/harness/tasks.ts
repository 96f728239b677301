/** Tasks: a serialisable description → model + seeded batch streams (real data, loaded offline). */
import * as tf from '@tensorflow/tfjs';
import { batchIndices } from '../data/split.js';
import { loadMnist, mnistBatch, MNIST_INPUT } from '../data/mnist.js';
import { charBatches, loadMobyDick } from '../data/moby-dick.js';
import { mlp } from '../models/mlp.js';
import { cnn } from '../models/cnn.js';
import { charTransformer } from '../models/transformer.js';
import type { TransformerOptions } from '../models/transformer.js';
import type { Model } from '../models/layers.js';

/** What to train on: MNIST MLP / CNN, or the Moby Dick char transformer. */
export type TaskConfig =
  | { readonly kind: 'mnist-mlp'; readonly hidden: readonly number[]; readonly trainExamples?: number }
  | { readonly kind: 'mnist-cnn'; readonly filters: number; readonly trainExamples?: number }
  | ({ readonly kind: 'char-transformer' } & TransformerOptions);

/** A built task: model, dataset name, batch sources producing tensors (caller disposes). */
export interface Task {
  readonly model: Model;
  readonly dataset: string;
  nextBatch(): { x: tf.Tensor; y: tf.Tensor };
  validationBatch(): { x: tf.Tensor; y: tf.Tensor };
}

/** Build a task with seeded model init and seeded batch order (`seed`). */
export function buildTask(cfg: TaskConfig, batch: number, seed: number): Task {
  if (cfg.kind === 'char-transformer') {
    const corpus = loadMobyDick();
    const model = charTransformer(seed, corpus.vocab.length, cfg);
    const next = charBatches(corpus.train, batch, cfg.context, seed);
    const val = charBatches(corpus.validation, 64, cfg.context, 12345)();
    const toT = (b: { x: Int32Array; y: Int32Array }, n: number) => ({
      x: tf.tensor2d(b.x, [n, cfg.context], 'int32'),
      y: tf.tensor2d(b.y, [n, cfg.context], 'int32'),
    });
    return {
      model,
      dataset: 'moby-dick (chars, 90/10 split)',
      nextBatch: () => toT(next(), batch),
      validationBatch: () => toT(val, 64),
    };
  }
  const data = loadMnist();
  const pool = cfg.trainExamples ? data.train.slice(0, cfg.trainExamples) : data.train;
  const model = cfg.kind === 'mnist-mlp' ? mlp(seed, [MNIST_INPUT, ...cfg.hidden, 10]) : cnn(seed, cfg.filters);
  const next = batchIndices(pool, batch, seed);
  const toT = (idx: ArrayLike<number>) => {
    const b = mnistBatch(data, idx);
    return { x: tf.tensor2d(b.x, [idx.length, MNIST_INPUT]), y: tf.tensor2d(b.y, [idx.length, 10]) };
  };
  return {
    model,
    dataset: `mnist (${pool.length} train / ${data.validation.length} validation of ${data.count})`,
    nextBatch: () => toT(next()),
    validationBatch: () => toT(data.validation),
  };
}
