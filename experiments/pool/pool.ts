/**
 * A pool of worker processes (child_process.fork) for the independent runs of a sweep: at most `size`
 * workers, forked on demand, one run each at a time. An idle worker does not keep the parent alive (its
 * channel is unref'd), so one pool can serve every sweep of a `verify` run and the CLI still exits. Processes rather than worker threads: each run gets
 * its own tfjs engine and wasm instance in its own heap, a crashed run cannot take the parent with it,
 * and the IPC channel's disconnect ends every worker when the parent dies, however it dies.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunReply, RunRequest, WorkerReady } from './protocol.js';

export interface RunPoolOptions {
  /** Most workers at once (≥ 1). */
  readonly size: number;
  /** The backend every worker must load (the parent's active one). */
  readonly backend: string;
  /** The sweep namespace naming the worker's runner. */
  readonly namespace: string;
}

export interface RunPool<C, R> {
  run(config: C): Promise<R>;
  /** Disconnect every worker (idle ones exit at once; a busy one at its next yield). */
  close(): void;
  /** Process ids of the live workers. */
  pids(): number[];
}

interface Job {
  readonly request: RunRequest;
  resolve(result: unknown): void;
  reject(error: Error): void;
}
interface Worker {
  readonly child: ChildProcess;
  /** Set by the worker's `ready` message: requests go only to workers listening for them. */
  ready: boolean;
  job: Job | null;
}

/** Under tsx/vitest this module is TypeScript source: the worker is then run through tsx too. */
function workerEntry(): { path: string; execArgv: string[] } {
  const ts = import.meta.url.endsWith('.ts');
  return {
    path: fileURLToPath(new URL(`./worker.${ts ? 'ts' : 'js'}`, import.meta.url)),
    execArgv: ts ? ['--import', 'tsx'] : [],
  };
}

export function createRunPool<C, R>(o: RunPoolOptions): RunPool<C, R> {
  if (!Number.isInteger(o.size) || o.size < 1)
    throw new RangeError(`run pool size must be an integer ≥ 1, got ${o.size}`);
  const entry = workerEntry();
  const workers: Worker[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Worker => {
    const child = fork(entry.path, [], {
      execArgv: entry.execArgv,
      serialization: 'advanced',
      // stdout of a worker (tfjs banners) must not mix into the parent's report: send it to stderr
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    child.unref();
    const w: Worker = { child, ready: false, job: null };
    child.on('message', (reply: RunReply | WorkerReady) => {
      if ('ready' in reply) {
        w.ready = true;
        pump();
        return hold(w);
      }
      const job = w.job;
      if (!job || job.request.id !== reply.id) return;
      w.job = null;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(`worker ${child.pid}: ${reply.error}`));
      pump();
      hold(w);
    });
    child.on('exit', (code, signal) => {
      workers.splice(workers.indexOf(w), 1);
      const how = signal ?? `code ${code}`;
      w.job?.reject(new Error(`worker ${child.pid} exited (${how}) during a run`));
      w.job = null;
      // a worker that dies before it is ready would die again: fail the waiting runs instead of respawning
      if (!w.ready)
        for (const job of queue.splice(0)) job.reject(new Error(`worker ${child.pid} exited (${how}) on start`));
      pump();
    });
    child.on('error', (err) => {
      w.job?.reject(new Error(`worker ${child.pid ?? '(not started)'}: ${err.message}`));
      w.job = null;
    });
    workers.push(w);
    return w;
  };

  /** Keep the parent alive while a worker starts or runs; an idle one lets it exit (and then exits itself). */
  const hold = (w: Worker): void => {
    if (!w.ready || w.job !== null) w.child.channel?.ref();
    else w.child.channel?.unref();
  };

  const pump = (): void => {
    if (closed) return;
    for (const w of workers) {
      if (queue.length === 0) break;
      if (!w.ready || w.job !== null || !w.child.connected) continue;
      w.job = queue.shift() as Job;
      w.child.send(w.job.request);
      hold(w);
    }
    const starting = workers.filter((w) => !w.ready).length;
    for (let k = starting; k < queue.length && workers.length < o.size; k++) spawn();
  };

  return {
    run(config) {
      if (closed) return Promise.reject(new Error('run pool is closed'));
      return new Promise<R>((resolve, reject) => {
        const request = { id: nextId++, namespace: o.namespace, backend: o.backend, config };
        queue.push({ request, resolve: (r) => resolve(r as R), reject });
        pump();
      });
    },
    close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('run pool closed before the run started'));
      for (const w of workers) if (w.child.connected) w.child.disconnect();
    },
    pids: () => workers.map((w) => w.child.pid).filter((p): p is number => p !== undefined),
  };
}

const shared = new Map<string, RunPool<unknown, unknown>>();

/** The process-wide pool for these options: workers forked once serve every later sweep (startup paid once). */
export function sharedRunPool<C, R>(o: RunPoolOptions): RunPool<C, R> {
  const key = `${o.size}\u0000${o.backend}\u0000${o.namespace}`;
  const pool = shared.get(key) ?? createRunPool(o);
  shared.set(key, pool);
  return pool as RunPool<C, R>;
}

/** Close every shared pool (the next sweep forks fresh workers). */
export function closeSharedRunPools(): void {
  for (const pool of shared.values()) pool.close();
  shared.clear();
}
