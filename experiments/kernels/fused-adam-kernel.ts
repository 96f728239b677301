/**
 * The Adam family's step as one tfjs kernel on the wasm and cpu backends (adam-update.ts does the
 * arithmetic on the backends' own float32 buffers): one kernel call per step instead of ~25 per parameter
 * tensor. Other backends (webgpu, tensorflow) keep the composed ops; `hasFusedAdam` says which applies.
 */
import * as tf from '@tensorflow/tfjs';
import { adamStep, statCount } from './adam-update.js';
import type { AdamStepAttrs } from './adam-update.js';

export const fusedAdamKernel = 'OptverifyAdamStep';

/** How a backend hands out float32 views of its tensors and makes outputs. */
interface Buffers {
  /** Allocate every output first (a wasm allocation can move the heap and detach earlier views). */
  make(shapes: readonly (readonly number[])[]): tf.TensorInfo[];
  view(t: tf.TensorInfo): Float32Array;
}

interface WasmInternals {
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  typedArrayFromHeap(t: tf.TensorInfo): Float32Array;
}
interface CpuInternals {
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo;
  data: { get(dataId: object): { values: Float32Array } };
}

const buffersOf: Record<'wasm' | 'cpu', (backend: unknown) => Buffers> = {
  wasm: (backend) => {
    const b = backend as WasmInternals;
    return {
      make: (shapes) => shapes.map((s) => b.makeOutput([...s], 'float32')),
      view: (t) => b.typedArrayFromHeap(t),
    };
  },
  cpu: (backend) => {
    const b = backend as CpuInternals;
    return {
      make: (shapes) =>
        shapes.map((s) => b.makeTensorInfo([...s], 'float32', new Float32Array(tf.util.sizeFromShape([...s])))),
      view: (t) => b.data.get(t.dataId).values,
    };
  },
};

/**
 * Inputs p0…, g0…, and from the second step m{level}_{tensor}, v{level}_{tensor}; outputs, in order: the
 * new parameters, then m and v level by level, then the statistics (float32, see adamStep).
 */
function kernelFor(kind: 'wasm' | 'cpu'): tf.KernelFunc {
  return ({ inputs, attrs, backend }) => {
    const a = attrs as unknown as AdamStepAttrs & { tensors: number };
    const n = a.tensors;
    const L = a.levels.length;
    const at = (prefix: string) => Array.from({ length: n }, (_, j) => inputs[`${prefix}${j}`] as tf.TensorInfo);
    const p = at('p');
    const hasState = inputs.m0_0 !== undefined;
    const state = (x: 'm' | 'v') => Array.from({ length: L }, (_, k) => at(`${x}${k}_`));
    const [m, v] = hasState ? [state('m'), state('v')] : [null, null];
    const g = at('g');
    const size = (t: tf.TensorInfo) => tf.util.sizeFromShape(t.shape);
    p.forEach((pj, j) => {
      for (const t of [pj, g[j], ...(m ?? []).map((l) => l[j]), ...(v ?? []).map((l) => l[j])])
        if (t === undefined || t.dtype !== 'float32' || size(t) !== size(pj))
          throw new Error(
            `${fusedAdamKernel}: tensor ${j} needs float32 parameter, gradient and state of one size (parameter shape ${pj.shape})`,
          );
    });
    const buf = buffersOf[kind](backend);
    const shapes = p.map((t) => t.shape);
    const outs = buf.make([
      ...shapes,
      ...Array.from({ length: 2 * L }, () => shapes).flat(),
      [statCount(a.watch.length)],
    ]);
    const views = (ts: readonly tf.TensorInfo[]) => ts.map((t) => buf.view(t));
    const levelsOf = (ts: readonly tf.TensorInfo[]) =>
      Array.from({ length: L }, (_, k) => views(ts.slice(k * n, k * n + n)));
    const stats = adamStep(
      {
        params: views(p),
        grads: views(g),
        m: m ? m.map(views) : null,
        v: v ? v.map(views) : null,
        outParams: views(outs.slice(0, n)),
        outM: levelsOf(outs.slice(n, n + L * n)),
        outV: levelsOf(outs.slice(n + L * n, n + 2 * L * n)),
      },
      a,
    );
    buf.view(outs[outs.length - 1]).set(stats);
    return outs;
  };
}

for (const kind of ['wasm', 'cpu'] as const)
  tf.registerKernel({ kernelName: fusedAdamKernel, backendName: kind, kernelFunc: kernelFor(kind) });

/** Whether the active backend runs the fused step. */
export function hasFusedAdam(): boolean {
  return tf.getKernel(fusedAdamKernel, tf.getBackend()) !== undefined;
}

/** Run the fused step: new parameters, new m and v per level ([level][tensor]), statistics (float32). */
export function runFusedAdam(
  params: readonly tf.Tensor[],
  grads: readonly tf.Tensor[],
  m: readonly (readonly tf.Tensor[])[] | null,
  v: readonly (readonly tf.Tensor[])[] | null,
  attrs: AdamStepAttrs,
): { params: tf.Tensor[]; m: tf.Tensor[][]; v: tf.Tensor[][]; stats: tf.Tensor } {
  const n = params.length;
  const L = attrs.levels.length;
  const inputs: tf.NamedTensorMap = {};
  params.forEach((t, j) => {
    inputs[`p${j}`] = t;
    inputs[`g${j}`] = grads[j];
  });
  if (m && v)
    for (let k = 0; k < L; k++)
      for (let j = 0; j < n; j++) {
        inputs[`m${k}_${j}`] = m[k][j];
        inputs[`v${k}_${j}`] = v[k][j];
      }
  const outs = tf.engine().runKernel(fusedAdamKernel, inputs, {
    ...attrs,
    tensors: n,
  } as unknown as tf.NamedAttrMap) as tf.Tensor[];
  const level = (from: number) => Array.from({ length: L }, (_, k) => outs.slice(from + k * n, from + k * n + n));
  return { params: outs.slice(0, n), m: level(n), v: level(n + L * n), stats: outs[outs.length - 1] };
}
