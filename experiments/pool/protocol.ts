/** The messages between a run pool and its worker processes (structured clone: float64 bits, NaN and ±∞ survive). */

/** Parent → worker: train one configuration with the named runner on the named backend. */
export interface RunRequest {
  readonly id: number;
  readonly namespace: string;
  readonly backend: string;
  readonly config: unknown;
}

/** Worker → parent, once: its listeners are up and it takes requests. */
export interface WorkerReady {
  readonly ready: true;
}

/** Worker → parent: the result of request `id`, or the one-line reason it failed. */
export type RunReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };
