/** What a run-pool worker does with one request: the runner its namespace names, on exactly the parent's backend. */
import { initBackend } from '../backends.js';
import type { BackendRequest } from '../backend-names.js';
import { trainRunInterruptible } from '../harness/train.js';
import type { RunConfig } from '../harness/train.js';
import type { RunReply, RunRequest } from './protocol.js';

/** Runners by sweep namespace (the namespace is part of every run's hash). */
const runners: Readonly<Record<string, (config: unknown) => Promise<unknown>>> = {
  'tfjs-train-run': (config) => trainRunInterruptible(config as RunConfig),
};

/** Train one request; a backend other than the parent's (a fallback) is an error, never a silently different result. */
export async function serve(m: RunRequest): Promise<RunReply> {
  try {
    const runner = runners[m.namespace];
    if (!runner) throw new RangeError(`no runner for namespace ${m.namespace} (${Object.keys(runners).join(', ')})`);
    const b = await initBackend(m.backend as BackendRequest);
    if (b.name !== m.backend) throw new Error(`backend ${m.backend} did not load in the worker (got ${b.name})`);
    return { id: m.id, ok: true, result: await runner(m.config) };
  } catch (err) {
    return { id: m.id, ok: false, error: String((err as Error)?.message ?? err).split('\n')[0] };
  }
}
