/** Runs theorem checks → CheckResults. Every exception becomes a result; one broken check hides nothing. */
import { NoWorkDoneError, SkipCheck } from '../core/errors.js';
import type { CheckResult } from '../core/result.js';
import type { Budget, Capability, Check, Layer, TheoremModule, TrainingOptions } from '../core/theorem.js';
import { judge } from '../core/tolerance.js';
import type { ResultStore } from './store.js';
import { checkKey } from './store.js';

export interface RunOptions {
  readonly seed: number;
  readonly budget: Budget;
  readonly layers?: readonly Layer[];
  readonly signal?: AbortSignal;
  readonly capabilities?: ReadonlySet<Capability>;
  readonly store?: ResultStore;
  readonly training?: TrainingOptions;
  /** Progress inside a check (e.g. training run i of a sweep). */
  readonly onProgress?: (event: { theorem: string; check: string; done: number; total: number }) => void;
  /** Called before and after each check (progress reporting). */
  readonly onCheck?: (event: { theorem: string; check: string; index: number; total: number; result?: CheckResult }) => void;
}

const elapsed = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

async function runOne(mod: TheoremModule, check: Check, opts: RunOptions): Promise<CheckResult> {
  const base = { theorem: mod.claim.id, name: check.name, layer: check.layer, informational: !!check.informational };
  const t0 = performance.now();
  const missing = (check.requires ?? []).filter((c) => !(opts.capabilities ?? new Set()).has(c));
  if (missing.length > 0) {
    return { ...base, ms: 0, status: 'skip', reason: `requires ${missing.join(', ')}, not available here` };
  }
  const expectation = mod.claim.expectations[check.name];
  try {
    const m = await check.run(mod.claim, {
      seed: opts.seed,
      budget: opts.budget,
      signal: opts.signal ?? new AbortController().signal,
      training: opts.training ?? {},
      progress: (done, total) => opts.onProgress?.({ theorem: mod.claim.id, check: check.name, done, total }),
    });
    if (!(m.work > 0)) throw new NoWorkDoneError(`check ${check.name} reports no work done (work = ${m.work})`);
    const v = judge(m.measured, expectation.expected, expectation.tolerance);
    return {
      ...base,
      ms: elapsed(t0),
      status: v.status,
      measured: m.measured,
      expected: expectation.expected,
      tolerance: expectation.tolerance,
      margin: v.margin,
      method: m.method,
      source: expectation.source,
      detail: { work: m.work, ...(m.detail ?? {}), ...(v.reason ? { reason: v.reason } : {}) },
      counterexample: m.counterexample ?? null,
    };
  } catch (err) {
    if (err instanceof SkipCheck) return { ...base, ms: elapsed(t0), status: 'skip', reason: err.message };
    const e = err as { code?: string; message?: string };
    return { ...base, ms: elapsed(t0), status: 'error', error: { code: e.code ?? 'E_CHECK_THREW', message: String(e.message ?? err) } };
  }
}

/** Run the selected checks of each module in order, resuming finished ones from the store. */
export async function runTheorem(mod: TheoremModule, opts: RunOptions, offset = 0, total = 0): Promise<CheckResult[]> {
  const selected = mod.checks.filter((c) => !opts.layers || opts.layers.includes(c.layer));
  const out: CheckResult[] = [];
  for (const [i, check] of selected.entries()) {
    if (opts.signal?.aborted) break;
    const key = checkKey(mod, check.name, opts.seed, opts.budget);
    opts.onCheck?.({ theorem: mod.claim.id, check: check.name, index: offset + i, total });
    const cached = opts.store?.get(key);
    const result = cached ?? (await runOne(mod, check, opts));
    if (!cached) opts.store?.put(key, result);
    out.push(result);
    opts.onCheck?.({ theorem: mod.claim.id, check: check.name, index: offset + i, total, result });
  }
  return out;
}

export function countChecks(mods: readonly TheoremModule[], layers?: readonly Layer[]): number {
  return mods.reduce((s, m) => s + m.checks.filter((c) => !layers || layers.includes(c.layer)).length, 0);
}
