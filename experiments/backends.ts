/**
 * Tensor backends for real training runs, fastest first. @tensorflow/tfjs-node(-gpu) are optional
 * (their install downloads libtensorflow) and are only ever loaded by dynamic import.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';

import { backendOrder } from './backend-names.js';
import type { BackendName, BackendRequest } from './backend-names.js';
import { setWasmBatchMatMul } from './kernels/wasm-batch-matmul.js';

export { backendOrder };
export type { BackendName, BackendRequest };

export interface BackendProbe {
  readonly name: BackendName;
  readonly available: boolean;
  /** Why it is not available (module missing, no GPU adapter, …). */
  readonly reason: string;
}

/** The backend in use, why the faster ones were skipped, and wasm's SIMD/thread status. */
export interface ActiveBackend {
  readonly name: BackendName;
  readonly requested: BackendRequest;
  readonly skipped: readonly { readonly name: BackendName; readonly reason: string }[];
  readonly features: string;
}

const require = createRequire(import.meta.url);
const packages: Readonly<Record<BackendName, string>> = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
  webgpu: '@tensorflow/tfjs-backend-webgpu',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: '@tensorflow/tfjs',
};

const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0];

async function canImport(spec: string): Promise<string | null> {
  try {
    await import(spec);
    return null;
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' ? 'not installed' : firstLine(err);
  }
}

/** Probe one backend without initialising tensors; WebGPU also needs the `webgpu` package's adapter. */
export async function probeBackend(name: BackendName): Promise<BackendProbe> {
  const failure = await canImport(packages[name]);
  if (failure) return { name, available: false, reason: `${packages[name]} not loadable: ${failure}` };
  if (name === 'webgpu') {
    const dawn = await canImport('webgpu');
    if (dawn) return { name, available: false, reason: `webgpu (Dawn) package not loadable: ${dawn}` };
  }
  return { name, available: true, reason: 'loaded' };
}

/** Probe every backend in preference order (the report names the one used and why the faster ones were not). */
export async function probeBackends(): Promise<BackendProbe[]> {
  const out: BackendProbe[] = [];
  for (const n of backendOrder) out.push(await probeBackend(n));
  return out;
}

/** Ask the `webgpu` (Dawn) package for an adapter; null reason = adapter found and installed as navigator.gpu. */
async function webgpuAdapter(): Promise<string | null> {
  // Dawn needs the Vulkan loader on Linux; without it it only prints a native warning and finds no adapter
  if (process.platform === 'linux' && !vulkanLoaderPresent())
    return 'no Vulkan loader (libvulkan.so.1) on this machine, so Dawn has no GPU adapter';
  try {
    const mod = (await import('webgpu')) as unknown as { create(flags: string[]): unknown; globals?: object };
    const gpu = mod.create([]) as { requestAdapter(): Promise<unknown | null> };
    const adapter = await Promise.race([
      gpu.requestAdapter(),
      new Promise<null>((r) => setTimeout(() => r(null), 5000)),
    ]);
    if (!adapter) return 'no GPU adapter (navigator.gpu.requestAdapter() returned null)';
    if (mod.globals) Object.assign(globalThis, mod.globals);
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
    return null;
  } catch (err) {
    return `webgpu (Dawn) package not usable: ${firstLine(err)}`;
  }
}

function vulkanLoaderPresent(): boolean {
  const dirs = [
    '/usr/lib/x86_64-linux-gnu',
    '/usr/lib/aarch64-linux-gnu',
    '/usr/lib64',
    '/usr/lib',
    '/lib/x86_64-linux-gnu',
    '/lib64',
    ...(process.env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean),
  ];
  return dirs.some((d) => existsSync(join(d, 'libvulkan.so.1')));
}

/** Directory holding tfjs-backend-wasm's .wasm binaries (resolved from node_modules, never downloaded). */
export function wasmDir(): string {
  return `${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`;
}

/** Try to make `name` the active tfjs backend; returns null on success or the reason it failed. */
async function tryBackend(name: BackendName): Promise<string | null> {
  try {
    if (name === 'tensorflow-gpu' || name === 'tensorflow') {
      const failure = await canImport(packages[name]);
      if (failure)
        return `${packages[name]} ${failure === 'not installed' ? 'not installed (optional: its install downloads libtensorflow)' : `not loadable: ${failure}`}`;
      return (await tf.setBackend('tensorflow'))
        ? null
        : `${packages[name]} loaded but setBackend('tensorflow') failed`;
    }
    if (name === 'webgpu') {
      const noAdapter = await webgpuAdapter();
      if (noAdapter) return noAdapter;
      await import('@tensorflow/tfjs-backend-webgpu');
      return (await tf.setBackend('webgpu')) ? null : 'setBackend(webgpu) failed';
    }
    if (name === 'wasm') {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(wasmDir());
      if (!(await tf.setBackend('wasm'))) return 'setBackend(wasm) failed (the .wasm binary did not instantiate)';
      setWasmBatchMatMul('sliced');
      return null;
    }
    return (await tf.setBackend('cpu')) ? null : 'setBackend(cpu) failed';
  } catch (err) {
    return firstLine(err);
  }
}

function features(name: BackendName): string {
  if (name !== 'wasm') return '';
  const simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
  const threads = tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT');
  return `SIMD ${simd ? 'on' : 'off'}; threads ${threads ? 'on' : 'off (tfjs-backend-wasm disables its threaded build under Node, tfjs#3830)'}; batched matmul per item through XNNPACK`;
}

let active: ActiveBackend | null = null;
let pending: Promise<ActiveBackend> | null = null;

/**
 * Select the tfjs backend. `auto` walks tensorflow-gpu → tensorflow → webgpu → wasm → cpu and records
 * why each faster one was skipped; a named backend that fails falls back to cpu (recorded too).
 * Idempotent per request: a second call with the same request returns the active backend.
 */
export function initBackend(
  requested: BackendRequest = (process.env.OPTVERIFY_BACKEND as BackendRequest) || 'auto',
): Promise<ActiveBackend> {
  if (active && (requested === active.requested || requested === active.name)) return Promise.resolve(active);
  if (pending && !active) return pending;
  pending = (async () => {
    const order = requested === 'auto' ? backendOrder : ([requested, 'cpu'] as BackendName[]);
    const skipped: { name: BackendName; reason: string }[] = [];
    for (const name of order) {
      const reason = await tryBackend(name);
      if (reason === null) {
        await tf.ready();
        active = { name, requested, skipped, features: features(name) };
        return active;
      }
      skipped.push({ name, reason });
    }
    throw new Error(`no tfjs backend could be initialised: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
  })();
  return pending;
}

/** The active backend (name, skipped faster ones with reasons), or null before initBackend. */
export function activeBackend(): ActiveBackend | null {
  return active;
}

/** One line for reports: "wasm (SIMD on; …) — skipped tensorflow-gpu: …; …". */
export function describeBackend(b: ActiveBackend): string {
  const why = b.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
  return `${b.name}${b.features ? ` (${b.features})` : ''}${why ? ` — skipped ${why}` : ''}`;
}
