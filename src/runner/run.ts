/** Runs theorem checks → CheckResults. Every exception becomes a result; one broken check hides nothing. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { InterruptedError, NoWorkDoneError, SkipCheck } from '../core/errors.js';
import type { CheckResult, JudgedResult } from '../core/result.js';
import type { Budget, Capability, Check, CheckInput, Layer, TheoremModule, TrainingOptions } from '../core/theorem.js';
import { judge } from '../core/tolerance.js';
import { resolveInput } from './input.js';
import type { ResultStore } from './store.js';
import { inputKey } from './store.js';

export interface RunOptions {
  readonly seed: number;
  readonly budget: Budget;
  readonly layers?: readonly Layer[];
  /** Only the training-backed checks (those that read a claim experiment): shard jobs. */
  readonly trainOnly?: boolean;
  /** Apply this declared claim mutant (conformance suite): nothing is read from or written to the store. */
  readonly mutant?: string;
  readonly signal?: AbortSignal;
  readonly capabilities?: ReadonlySet<Capability>;
  readonly store?: ResultStore;
  readonly training?: TrainingOptions;
  /** Progress inside a check (e.g. training run i of a sweep). */
  readonly onProgress?: (event: { theorem: string; check: string; done: number; total: number }) => void;
  /** One-line warnings from inside checks (dropped cache files). */
  readonly onWarn?: (line: string) => void;
  /** Called before and after each check (progress reporting). */
  readonly onCheck?: (event: {
    theorem: string;
    check: string;
    index: number;
    total: number;
    result?: CheckResult;
  }) => void;
}

const elapsed = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

async function runOne(mod: TheoremModule, check: Check, input: CheckInput, opts: RunOptions): Promise<CheckResult> {
  const base = {
    theorem: mod.claim.id,
    name: check.name,
    layer: check.layer,
    informational: !!check.informational,
    kind: input.expectation.kind ?? 'evidence',
  };
  const t0 = performance.now();
  const missing = (check.requires ?? []).filter((c) => !(opts.capabilities ?? new Set()).has(c));
  if (missing.length > 0) {
    return { ...base, ms: 0, status: 'skip', reason: `requires ${missing.join(', ')}, not available here` };
  }
  const { expectation } = input;
  try {
    const m = await check.run(mod.claim, {
      seed: opts.seed,
      input,
      budget: opts.budget,
      signal: opts.signal ?? new AbortController().signal,
      training: opts.training ?? {},
      progress: (done, total) => opts.onProgress?.({ theorem: mod.claim.id, check: check.name, done, total }),
      warn: (line) => opts.onWarn?.(line),
    });
    if (!(m.work > 0)) throw new NoWorkDoneError(`check ${check.name} reports no work done (work = ${m.work})`);
    const v = judge(m.measured, expectation.expected, expectation.tolerance);
    return {
      ...base,
      // a run that cannot meet the claim's hypotheses shows its numbers but is never a verdict against the paper
      informational: base.informational || m.hypothesesUnmet !== undefined,
      ms: elapsed(t0),
      status: v.status,
      measured: m.measured,
      expected: expectation.expected,
      tolerance: expectation.tolerance,
      margin: v.margin,
      method: m.method,
      source: expectation.source,
      detail: {
        work: m.work,
        ...(m.detail ?? {}),
        ...(v.reason ? { reason: v.reason } : {}),
        ...(m.hypothesesUnmet ? { hypotheses_unmet: m.hypothesesUnmet } : {}),
      },
      counterexample: v.status === 'fail' ? (m.counterexample ?? null) : null,
    };
  } catch (err) {
    if (err instanceof InterruptedError) throw err;
    if (err instanceof SkipCheck) return { ...base, ms: elapsed(t0), status: 'skip', reason: err.message };
    const e = err as { code?: string; message?: string };
    return {
      ...base,
      ms: elapsed(t0),
      status: 'error',
      error: { code: e.code ?? 'E_CHECK_THREW', message: String(e.message ?? err) },
    };
  }
}

/**
 * A stored pass/fail re-judged against the current expectation (the key already pins the expectation;
 * this makes an edited record's `measured` decide its own verdict, never its edited `status`).
 */
function rejudge(r: JudgedResult, input: CheckInput): JudgedResult {
  const v = judge(r.measured, input.expectation.expected, input.expectation.tolerance);
  return {
    ...r,
    status: v.status,
    margin: v.margin,
    expected: input.expectation.expected,
    tolerance: input.expectation.tolerance,
  };
}

/** The checks of `mod` this run selects (layers; training-backed only with `trainOnly`). */
export function selectChecks(mod: TheoremModule, o: Pick<RunOptions, 'layers' | 'trainOnly'>): Check[] {
  return mod.checks.filter(
    (c) => (!o.layers || o.layers.includes(c.layer)) && (!o.trainOnly || c.experiment !== undefined),
  );
}

/** Run the selected checks of each module in order, resuming finished pass/fail results from the store. */
export async function runTheorem(mod: TheoremModule, opts: RunOptions, offset = 0, total = 0): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const [i, check] of selectChecks(mod, opts).entries()) {
    // let a pending SIGINT reach its handler: synchronous checks otherwise chain on microtasks only
    await nextTurn();
    if (opts.signal?.aborted) break;
    const input = resolveInput(mod, check.name, {
      seed: opts.seed,
      budget: opts.budget,
      backend: opts.training?.backend,
      mutant: opts.mutant,
    });
    const key = inputKey(mod, input);
    const store = opts.mutant === undefined ? opts.store : undefined;
    opts.onCheck?.({ theorem: mod.claim.id, check: check.name, index: offset + i, total });
    const cached = store?.get(key);
    let result: CheckResult;
    // the store hands back only pass/fail with a finite measurement (skip and error are always recomputed)
    if (cached) result = rejudge(cached, input);
    else {
      try {
        result = await runOne(mod, check, input, opts);
      } catch (err) {
        if (err instanceof InterruptedError) break;
        throw err;
      }
      store?.put(key, result);
    }
    out.push(result);
    opts.onCheck?.({ theorem: mod.claim.id, check: check.name, index: offset + i, total, result });
  }
  return out;
}

export function countChecks(mods: readonly TheoremModule[], o: Pick<RunOptions, 'layers' | 'trainOnly'> = {}): number {
  return mods.reduce((s, m) => s + selectChecks(m, o).length, 0);
}
