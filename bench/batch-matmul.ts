/**
 * The char transformer's two attention products (q·kᵀ and att·v, 64 heads×batch of 64×16·16×64 and
 * 64×64·64×16) on the wasm backend, tfjs's stock BatchMatMul against the harness's sliced kernel
 * (experiments/kernels/wasm-batch-matmul.ts), alternating, median of 9 rounds each.
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '../experiments/backends.js';
import { setWasmBatchMatMul } from '../experiments/kernels/wasm-batch-matmul.js';
import { median, timeIt } from './time-it.js';

const shapes = [
  { name: 'q·kᵀ 64 × (64×16·16×64)', a: [64, 64, 16], b: [64, 16, 64] },
  { name: 'att·v 64 × (64×64·64×16)', a: [64, 64, 64], b: [64, 64, 16] },
];

/** Milliseconds per product, over at least 150 ms after one warm-up product. */
function msPer(a: tf.Tensor, b: tf.Tensor): number {
  const product = () => (tf.matMul(a, b).dispose(), 0);
  product();
  return 1000 / timeIt(product, 150).perSec;
}

export async function benchBatchMatMul(rounds = 9): Promise<void> {
  if ((await initBackend('wasm')).name !== 'wasm') return;
  for (const s of shapes) {
    const a = tf.randomNormal(s.a, 0, 1, 'float32', 1);
    const b = tf.randomNormal(s.b, 0, 1, 'float32', 2);
    const stock: number[] = [];
    const sliced: number[] = [];
    for (let r = 0; r < rounds; r++) {
      setWasmBatchMatMul('stock');
      stock.push(msPer(a, b));
      setWasmBatchMatMul('sliced');
      sliced.push(msPer(a, b));
    }
    tf.dispose([a, b]);
    const [st, sl] = [median(stock), median(sliced)];
    const gflop = (2 * s.a[0] * s.a[1] * s.a[2] * s.b[2]) / 1e9;
    console.log(
      `batched matmul ${s.name} on wasm: stock ${st.toFixed(2)} ms (${(gflop / (st / 1000)).toFixed(1)} GFLOP/s), sliced through XNNPACK ${sl.toFixed(2)} ms (${(gflop / (sl / 1000)).toFixed(1)} GFLOP/s); ×${(st / sl).toFixed(2)} (median of ${rounds} alternating rounds)`,
    );
  }
}
