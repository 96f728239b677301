/**
 * Tensor backends for real training runs, fastest first. @tensorflow/tfjs-node(-gpu) are optional
 * (their install downloads libtensorflow) and are only ever loaded by dynamic import.
 */

export type BackendName = 'tensorflow-gpu' | 'tensorflow' | 'webgpu' | 'wasm' | 'cpu';
export const backendOrder: readonly BackendName[] = ['tensorflow-gpu', 'tensorflow', 'webgpu', 'wasm', 'cpu'];

export interface BackendProbe {
  readonly name: BackendName;
  readonly available: boolean;
  /** Why it is not available (module missing, no GPU adapter, …). */
  readonly reason: string;
}

const packages: Readonly<Record<BackendName, string>> = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
  webgpu: '@tensorflow/tfjs-backend-webgpu',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: '@tensorflow/tfjs',
};

async function canImport(spec: string): Promise<string | null> {
  try {
    await import(spec);
    return null;
  } catch (err) {
    return (err as Error).message.split('\n')[0];
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
