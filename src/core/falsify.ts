/**
 * What a theorem module declares for `verify falsify` (targeted counterexample search): the claim's domain
 * (parameter ranges: the paper's parameter space plus a margin), the part of it the claim states (scope),
 * and an objective to maximise whose value above `threshold` breaks the claim. Pure data and pure
 * functions; the driver is src/falsify/.
 */

/**
 * One search coordinate. The driver searches the unit cube and maps u ∈ [0, 1] to [lo, hi]:
 * `linear` lo + u(hi − lo); `log` geometric (0 < lo); `logit` uniform in ln(x/(1 − x)) (0 < lo < hi < 1:
 * a rate in (0, 1) whose both ends matter). `integer` rounds the mapped value.
 */
export interface FalsifyParam {
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
  readonly scale: 'linear' | 'log' | 'logit';
  readonly integer?: boolean;
}

/** A point of the domain, by parameter name (finite numbers only). */
export type FalsifyPoint = Readonly<Record<string, number>>;

/** One objective evaluation: `value` null when the measurement cannot be computed there (never a break). */
export interface FalsifyEvaluation {
  readonly value: number | null;
  /** Why the value is null (solver failure, underflow, …). */
  readonly reason?: string;
  /** The measured quantities behind the value (shown with the worst point). */
  readonly detail?: Readonly<Record<string, number>>;
}

/** What is maximised: measured/bound ratio, signed distance across a claimed boundary, rate deviation, theory vs simulation. */
export type FalsifyObjectiveKind = 'ratio' | 'boundary' | 'rate' | 'disagreement';

/** A grid of a measured quantity over two parameters, printed with the result (a "surface"). */
export interface FalsifySurface {
  readonly label: string;
  readonly x: { readonly name: string; readonly values: readonly number[] };
  readonly y: { readonly name: string; readonly values: readonly number[] };
  at(x: number, y: number): number;
}

export interface FalsifyTarget {
  /** `<module id>/<name>`, unique. */
  readonly id: string;
  /** The claim labels it tests (paper numbering). */
  readonly labels: readonly string[];
  /** The claim in words, as falsified. */
  readonly statement: string;
  readonly kind: FalsifyObjectiveKind;
  /** What the objective measures, in words. */
  readonly objective: string;
  /** The claim breaks at a point where value > threshold. */
  readonly threshold: number;
  /** Where the threshold comes from. */
  readonly thresholdSource: string;
  readonly params: readonly FalsifyParam[];
  /** The part of the domain the claim states, in words. */
  readonly scope: string;
  /** Whether a point lies inside the stated scope (a break there: the claim fails; outside: informational). */
  inScope(p: FalsifyPoint): boolean;
  evaluate(p: FalsifyPoint): FalsifyEvaluation;
  readonly surface?: FalsifySurface;
}
