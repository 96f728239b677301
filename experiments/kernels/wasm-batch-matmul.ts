/**
 * BatchMatMul on the wasm backend with the batch run through XNNPACK. tfjs-backend-wasm sends a matmul to
 * XNNPACK only when both batch sizes are 1 and nothing is transposed; any batch > 1 (attention's q·kᵀ and
 * att·v, rank 3) falls to a scalar loop at ≈1.5 GFLOP/s (tfjs#2532, #6982). Here each batch item is handed
 * to the same XNNPACK entry point as its own 1×M×K by 1×K×N product, on sub-views of the operands'
 * wasm memory (tensor ids registered at an offset: no copies), writing into its slice of one output.
 * Transposed or broadcast products keep the stock kernel.
 */
import * as tf from '@tensorflow/tfjs';

/** The parts of tfjs-backend-wasm's BackendWasm this kernel reads (not in its public typings). */
interface WasmBackendInternals {
  dataIdMap: { get(dataId: object): { id: number; memoryOffset: number } };
  dataIdNextNumber: number;
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  wasm: {
    cwrap(name: string, ret: null, args: string[]): (...args: unknown[]) => void;
    tfjs: { registerTensor(id: number, size: number, offset: number): void; disposeData(id: number): void };
  };
}

type KernelArgs = Parameters<tf.KernelFunc>[0];
const bytes = (shape: readonly number[]) => new Uint8Array(new Int32Array(shape).buffer);

let stock: tf.KernelConfig | undefined;
/** The XNNPACK entry point, bound once per wasm module (a re-initialised backend has a new one). */
const bound = new WeakMap<object, (...args: unknown[]) => void>();
const bindMatMul = (backend: WasmBackendInternals) =>
  backend.wasm.cwrap(tf.BatchMatMul, null, [
    'number',
    'array',
    'number',
    'number',
    'array',
    'number',
    'number',
    'number',
    'number',
  ]);

function slicedBatchMatMul(args: KernelArgs): tf.TensorInfo | tf.TensorInfo[] {
  const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
  const { transposeA, transposeB } = args.attrs as { transposeA: boolean; transposeB: boolean };
  const ra = a.shape.length;
  const batch = tf.util.sizeFromShape(a.shape.slice(0, -2));
  const [M, K] = a.shape.slice(-2);
  const N = b.shape[b.shape.length - 1];
  const sliceable =
    !transposeA &&
    !transposeB &&
    ra >= 3 &&
    ra === b.shape.length &&
    a.dtype === 'float32' &&
    b.dtype === 'float32' &&
    batch > 1 &&
    M * K * N > 0 && // XNNPACK refuses an empty operand: the stock kernel writes the zeros
    a.shape.slice(0, -2).every((d, i) => d === b.shape[i]) && // no broadcasting, axis by axis
    b.shape[ra - 2] === K;
  if (!sliceable) return stock!.kernelFunc(args);
  const backend = args.backend as unknown as WasmBackendInternals;
  let xnnMatMul = bound.get(backend.wasm);
  if (!xnnMatMul) {
    xnnMatMul = bindMatMul(backend);
    bound.set(backend.wasm, xnnMatMul);
  }
  const out = backend.makeOutput([...a.shape.slice(0, -2), M, N], 'float32');
  const offset = (t: tf.TensorInfo) => backend.dataIdMap.get(t.dataId).memoryOffset;
  const [aAt, bAt, outAt] = [offset(a), offset(b), offset(out)];
  const aShape = bytes([1, M, K]);
  const bShape = bytes([1, K, N]);
  const { registerTensor, disposeData } = backend.wasm.tfjs;
  for (let i = 0; i < batch; i++) {
    const ids = [backend.dataIdNextNumber++, backend.dataIdNextNumber++, backend.dataIdNextNumber++];
    registerTensor(ids[0], M * K, aAt + 4 * i * M * K);
    registerTensor(ids[1], K * N, bAt + 4 * i * K * N);
    registerTensor(ids[2], M * N, outAt + 4 * i * M * N);
    xnnMatMul(ids[0], aShape, 3, ids[1], bShape, 3, false, false, ids[2]);
    // forgets the views only (and the XNNPACK operator cached on b's id); the memory stays with a, b, out
    for (const id of ids) disposeData(id);
  }
  return out;
}

/** Which BatchMatMul the wasm backend runs: 'sliced' (batch through XNNPACK) or 'stock' (tfjs's own). */
export type BatchMatMulPath = 'sliced' | 'stock';

/** Install (or remove) the sliced kernel on the wasm backend; call after the backend is initialised. */
export function setWasmBatchMatMul(path: BatchMatMulPath): void {
  stock ??= tf.getKernel(tf.BatchMatMul, 'wasm');
  if (!stock) throw new Error('BatchMatMul has no wasm kernel: is @tensorflow/tfjs-backend-wasm loaded?');
  tf.unregisterKernel(tf.BatchMatMul, 'wasm');
  // stock's setupFunc stays: a re-initialised backend must bind the stock kernel the fallbacks use
  tf.registerKernel(path === 'stock' ? stock : { ...stock, kernelFunc: slicedBatchMatMul });
}
