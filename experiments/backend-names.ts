/** The tensor backends by name, fastest first — free of tfjs, so the CLI can validate `--backend` without loading it. */
export type BackendName = 'tensorflow-gpu' | 'tensorflow' | 'webgpu' | 'wasm' | 'cpu';
export type BackendRequest = BackendName | 'auto';
export const backendOrder: readonly BackendName[] = ['tensorflow-gpu', 'tensorflow', 'webgpu', 'wasm', 'cpu'];
/** What `--backend` accepts. */
export const backendRequests: readonly BackendRequest[] = ['auto', ...backendOrder];
