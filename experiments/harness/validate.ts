/** Shape check of a cached training result (a RunResult) before any verdict reads it. No tfjs import. */
import type { RunResult } from './train.js';

const series = ['loss', 'updateNorm', 'updateMax', 'gradNorm'] as const;

/** Why `r` is not a usable RunResult (null when it is): per-step series are number arrays of length `steps`, finite unless diverged. */
export function runResultProblem(r: unknown): string | null {
  if (!r || typeof r !== 'object') return 'result is not an object';
  const x = r as Partial<RunResult>;
  if (x.status !== 'ok' && x.status !== 'diverged') return `result.status is ${JSON.stringify(x.status)}`;
  if (!Number.isInteger(x.steps) || (x.steps as number) < 0) return `result.steps is ${JSON.stringify(x.steps)}`;
  if (typeof x.model !== 'string' || typeof x.dataset !== 'string') return 'result names no model/dataset';
  for (const k of series) {
    const a = x[k] as unknown;
    if (!Array.isArray(a) || a.some((v) => typeof v !== 'number')) return `result.${k} is not a number array`;
    if (a.length !== x.steps) return `result.${k} has ${a.length} entries for ${x.steps} steps`;
    // the gradient norm (before clipping) may overflow in a run whose update stays finite
    if (x.status === 'ok' && k !== 'gradNorm' && a.some((v) => !Number.isFinite(v)))
      return `result.${k} has a non-finite value in a run marked ok`;
  }
  if (!x.tensors || typeof x.tensors !== 'object') return 'result.tensors missing';
  for (const [name, t] of Object.entries(x.tensors)) {
    for (const k of ['w2', 'u2', 'g2', 'wg', 'wu'] as const) {
      const a = (t as unknown as Record<string, unknown>)?.[k];
      if (!Array.isArray(a) || a.some((v) => typeof v !== 'number'))
        return `result.tensors.${name}.${k} is not a number array`;
    }
  }
  for (const [name, g] of Object.entries(x.gradientSamples ?? {})) {
    const ok =
      Array.isArray(g?.index) &&
      Array.isArray(g?.values) &&
      g.index.every((i) => Number.isInteger(i)) &&
      g.values.every((v) => typeof v === 'number');
    if (!ok) return `result.gradientSamples.${name} is not an index and a value array`;
    if (g.values.length !== g.index.length * (x.steps as number))
      return `result.gradientSamples.${name} has ${g.values.length} values for ${g.index.length} coordinates × ${x.steps} steps`;
  }
  if (!x.validation || typeof x.validation.loss !== 'number' || typeof x.validation.accuracy !== 'number')
    return 'result.validation missing';
  return null;
}
