/**
 * The falsification driver (`verify falsify`): targeted counterexample search on a declared objective.
 *
 * 1. Random starts: `runs` points of the unit cube drawn by fast-check (`fc.sample`, seeded; its doubles are
 *    biased toward the ends of [0, 1], i.e. toward the domain's edges, where claims tend to break), mapped to
 *    the domain by each parameter's scale.
 * 2. Targeted search: compass (coordinate pattern) search — ±step on each unit coordinate, a successful move
 *    repeated with a doubled step, the step halved when no coordinate improves — from the best starts overall
 *    and, separately, from the best starts inside the stated scope (that climb never leaves the scope). Why
 *    compass search and not gradients or Nelder–Mead: the objectives are non-smooth (spectral radii are maxima
 *    of eigenvalue moduli, breaks are minima of two margins, n is an integer), the domain is a box, the
 *    dimension is 2–3, and every step is a deterministic function of the seed, so a run replays exactly.
 *    Nelder–Mead's simplex collapses on such kinks; a compass step never needs a derivative or a simplex.
 * 3. Rounds: with time left (`budgetMs`) a new round of fresh starts and climbs, from the same seeded stream.
 * 4. Shrinking of the worst point toward the simplest parameters that still break the claim with the same
 *    scope: each coordinate in turn is replaced by the first that still breaks of: its lower end (integers),
 *    its value rounded to 1, 2, … significant digits (and, for logit parameters, 1 − x so rounded).
 *
 * A point whose measurement cannot be computed (value null or not finite) is counted and reported as such,
 * never as a counterexample. Every reported point carries a replay token (base64url of the JSON of target,
 * seed, point and value): `replay` re-evaluates the point and compares the value bit for bit.
 */
import fc from 'fast-check';
import type { FalsifyEvaluation, FalsifyParam, FalsifyPoint, FalsifyTarget } from '../core/falsify.js';

export interface FalsifyOptions {
  readonly seed: number;
  /** Random starts per round (default 256). */
  readonly runs?: number;
  /** Wall-clock budget in ms: rounds repeat until it is spent; without it one round runs. */
  readonly budgetMs?: number;
  /** Hard cap on evaluations (tests; default none). */
  readonly maxEvals?: number;
  /** Clock in ms (default performance.now). */
  readonly now?: () => number;
  /** Called after each round. */
  readonly progress?: (p: FalsifyProgress) => void;
}

export interface FalsifyProgress {
  readonly target: string;
  readonly round: number;
  readonly evaluations: number;
  readonly elapsedMs: number;
  readonly best: number | null;
  readonly bestInScope: number | null;
}

export interface ReportedPoint {
  readonly point: FalsifyPoint;
  readonly value: number;
  readonly inScope: boolean;
  /** value > threshold. */
  readonly breaks: boolean;
  readonly detail?: Readonly<Record<string, number>>;
  readonly token: string;
}

export interface Finding extends ReportedPoint {
  /** The shrunk form (null when the point does not break the claim, or nothing simpler does). */
  readonly shrunk: ReportedPoint | null;
}

export type FalsifyVerdict = 'fail' | 'finding' | 'none';

export interface FalsifyResult {
  readonly target: string;
  readonly labels: readonly string[];
  readonly statement: string;
  readonly objective: string;
  readonly threshold: number;
  readonly thresholdSource: string;
  readonly scope: string;
  readonly seed: number;
  readonly evaluations: number;
  /** Points where the measurement could not be computed, and one reason. */
  readonly uncomputable: number;
  readonly uncomputableReason: string | null;
  readonly rounds: number;
  readonly wallMs: number;
  /** The largest objective value found anywhere in the domain. */
  readonly worst: Finding | null;
  /** The largest inside the stated scope. */
  readonly worstInScope: Finding | null;
  /** fail: a break inside the scope; finding: a break outside it only (informational); none. */
  readonly verdict: FalsifyVerdict;
  readonly surface?: {
    readonly label: string;
    readonly x: { readonly name: string; readonly values: readonly number[] };
    readonly y: { readonly name: string; readonly values: readonly number[] };
    readonly values: readonly (readonly number[])[];
  };
}

/**
 * A unit coordinate: 3 in 4 uniform on a 2⁻⁵³ grid (fast-check's bias switched off), 1 in 4 fast-check's own
 * double in [0, 1], which is uniform over representable doubles and so crowds toward 0 (the domain's lower edge).
 */
const unitCoordinate = fc.oneof(
  { arbitrary: fc.noBias(fc.bigInt({ min: 0n, max: (1n << 53n) - 1n })).map((i) => Number(i) / 2 ** 53), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 },
);

/** Map a unit coordinate to a parameter value (never NaN or ±∞ for a valid parameter). */
export function fromUnit(p: FalsifyParam, u: number): number {
  const t = Math.min(1, Math.max(0, u));
  if (t === 0) return p.lo;
  if (t === 1) return p.hi;
  let x: number;
  if (p.scale === 'linear') x = p.lo + t * (p.hi - p.lo);
  else if (p.scale === 'log') x = Math.exp(Math.log(p.lo) + t * (Math.log(p.hi) - Math.log(p.lo)));
  else {
    const logit = (y: number) => Math.log(y / (1 - y));
    const z = logit(p.lo) + t * (logit(p.hi) - logit(p.lo));
    x = 1 / (1 + Math.exp(-z));
  }
  if (p.integer) x = Math.round(x);
  return Math.min(p.hi, Math.max(p.lo, x));
}

/** Throw for a domain the driver cannot map (programmer error). */
export function assertDomain(t: FalsifyTarget): void {
  for (const p of t.params) {
    const ok =
      Number.isFinite(p.lo) &&
      Number.isFinite(p.hi) &&
      p.lo <= p.hi &&
      (p.scale !== 'log' || p.lo > 0) &&
      (p.scale !== 'logit' || (p.lo > 0 && p.hi < 1));
    if (!ok) throw new RangeError(`falsify ${t.id}: parameter ${p.name} has an invalid range for scale ${p.scale}`);
  }
}

interface TokenBody {
  readonly v: 1;
  readonly t: string;
  readonly s: number;
  readonly p: FalsifyPoint;
  readonly o: number;
}

/** The replay token of a point: base64url of the JSON of target, seed, point and objective value. */
export function encodeToken(target: string, seed: number, point: FalsifyPoint, value: number): string {
  const body: TokenBody = { v: 1, t: target, s: seed, p: point, o: value };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export function decodeToken(token: string): TokenBody {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('not a falsify replay token (bad base64url or JSON)');
  }
  const b = body as Partial<TokenBody>;
  if (
    b?.v !== 1 ||
    typeof b.t !== 'string' ||
    typeof b.s !== 'number' ||
    typeof b.o !== 'number' ||
    typeof b.p !== 'object' ||
    b.p === null ||
    !Object.values(b.p).every((x) => typeof x === 'number' && Number.isFinite(x))
  )
    throw new TokenError('not a falsify replay token (missing or invalid fields)');
  return b as TokenBody;
}

export class TokenError extends Error {}

export interface Replayed {
  readonly target: string;
  readonly seed: number;
  readonly point: FalsifyPoint;
  readonly recorded: number;
  readonly value: number | null;
  readonly reason?: string;
  readonly detail?: Readonly<Record<string, number>>;
  readonly inScope: boolean;
  readonly breaks: boolean;
  /** Object.is(recorded, value): the objective reproduced bit for bit. */
  readonly identical: boolean;
}

/** Re-evaluate a token's point on its target. */
export function replay(token: string, targets: readonly FalsifyTarget[]): Replayed {
  const b = decodeToken(token);
  const t = targets.find((x) => x.id === b.t);
  if (!t) throw new TokenError(`replay token names target "${b.t}", which no module declares`);
  const names = t.params.map((p) => p.name);
  const keys = Object.keys(b.p);
  if (keys.length !== names.length || !names.every((n) => keys.includes(n)))
    throw new TokenError(`replay token's point does not have the parameters of ${t.id} (${names.join(', ')})`);
  const e = safeEvaluate(t, b.p);
  return {
    target: t.id,
    seed: b.s,
    point: b.p,
    recorded: b.o,
    value: e.value,
    reason: e.reason,
    detail: e.detail,
    inScope: t.inScope(b.p),
    breaks: e.value !== null && e.value > t.threshold,
    identical: e.value !== null && Object.is(e.value, b.o),
  };
}

/** evaluate, with a thrown error or a non-finite value turned into "cannot be computed". */
function safeEvaluate(t: FalsifyTarget, p: FalsifyPoint): FalsifyEvaluation {
  try {
    const e = t.evaluate(p);
    if (e.value !== null && !Number.isFinite(e.value))
      return { value: null, reason: e.reason ?? `objective not finite (${e.value})`, detail: e.detail };
    return e;
  } catch (err) {
    return { value: null, reason: `evaluation threw: ${(err as Error).message ?? String(err)}` };
  }
}

/** Significant-digit rounding that returns an exactly representable shortest decimal. */
function roundSig(x: number, digits: number): number {
  if (x === 0) return 0;
  return Number(x.toPrecision(digits));
}

class Stop extends Error {}

export function falsify(target: FalsifyTarget, opts: FalsifyOptions): FalsifyResult {
  assertDomain(target);
  const now = opts.now ?? (() => performance.now());
  const runs = Math.max(1, Math.floor(opts.runs ?? 256));
  const t0 = now();
  // the search stops at 95% of the budget; shrinking and the surface use part of the rest
  const deadline = opts.budgetMs === undefined ? Infinity : t0 + 0.95 * opts.budgetMs;
  const d = target.params.length;
  let evaluations = 0;
  let uncomputable = 0;
  let uncomputableReason: string | null = null;

  const toPoint = (u: readonly number[]): FalsifyPoint =>
    Object.fromEntries(target.params.map((p, i) => [p.name, fromUnit(p, u[i])]));

  interface Scored {
    readonly u: readonly number[];
    readonly point: FalsifyPoint;
    readonly value: number | null;
    readonly inScope: boolean;
    readonly detail?: Readonly<Record<string, number>>;
  }
  let best: Scored | null = null;
  let bestIn: Scored | null = null;

  const evalPoint = (point: FalsifyPoint, u: readonly number[], budgeted = true): Scored => {
    if (budgeted && (now() >= deadline || (opts.maxEvals !== undefined && evaluations >= opts.maxEvals)))
      throw new Stop();
    evaluations++;
    const e = safeEvaluate(target, point);
    const inScope = target.inScope(point);
    if (e.value === null) {
      uncomputable++;
      uncomputableReason ??= e.reason ?? 'not computable';
    }
    const s: Scored = { u, point, value: e.value, inScope, detail: e.detail };
    if (e.value !== null && budgeted) {
      if (best === null || e.value > (best.value as number)) best = s;
      if (inScope && (bestIn === null || e.value > (bestIn.value as number))) bestIn = s;
    }
    return s;
  };
  const score = (s: Scored, scoped: boolean): number =>
    s.value === null || (scoped && !s.inScope) ? -Infinity : s.value;

  /** Compass search from `start` (maximising; `scoped`: points outside the scope count as −∞). */
  const climb = (start: Scored, scoped: boolean): void => {
    let cur = start;
    let step = 0.125;
    const stopAt = evaluations + 100 * d;
    while (step > 1e-9 && evaluations < stopAt) {
      let moved = false;
      for (let i = 0; i < d && !moved; i++) {
        for (const dir of [1, -1]) {
          let s = step;
          let u = cur.u.map((x, j) => (j === i ? Math.min(1, Math.max(0, x + dir * s)) : x));
          if (u[i] === cur.u[i]) continue;
          let cand = evalPoint(toPoint(u), u);
          if (score(cand, scoped) <= score(cur, scoped)) continue;
          // a successful move: keep going that way with doubled steps while it improves
          for (;;) {
            cur = cand;
            s *= 2;
            u = cur.u.map((x, j) => (j === i ? Math.min(1, Math.max(0, x + dir * s)) : x));
            if (u[i] === cur.u[i]) break;
            cand = evalPoint(toPoint(u), u);
            if (score(cand, scoped) <= score(cur, scoped)) break;
          }
          moved = true;
          break;
        }
      }
      if (!moved) step /= 2;
    }
  };

  let rounds = 0;
  try {
    do {
      const arb = fc.tuple(...target.params.map(() => unitCoordinate));
      const starts = fc.sample(arb, { seed: (opts.seed * 1000003 + rounds * 7919) | 0, numRuns: runs });
      const scored = starts.map((u) => evalPoint(toPoint(u), u));
      rounds++;
      const k = Math.max(2, Math.ceil(runs / 8));
      const ranked = (scoped: boolean) =>
        scored
          .filter((s) => score(s, scoped) > -Infinity)
          .sort((a, b) => score(b, scoped) - score(a, scoped))
          .slice(0, k);
      for (const s of ranked(false)) climb(s, false);
      for (const s of ranked(true)) climb(s, true);
      opts.progress?.({
        target: target.id,
        round: rounds,
        evaluations,
        elapsedMs: now() - t0,
        best: (best as Scored | null)?.value ?? null,
        bestInScope: (bestIn as Scored | null)?.value ?? null,
      });
    } while (opts.budgetMs !== undefined || opts.maxEvals !== undefined);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (rounds === 0) rounds = 1;
  }

  const report = (s: Scored): ReportedPoint => ({
    point: s.point,
    value: s.value as number,
    inScope: s.inScope,
    breaks: (s.value as number) > target.threshold,
    detail: s.detail,
    token: encodeToken(target.id, opts.seed, s.point, s.value as number),
  });

  /** Shrink a breaking point, keeping the break and its scope; at most 2000 evaluations. */
  const shrink = (s: Scored): ReportedPoint | null => {
    if ((s.value as number) <= target.threshold) return null;
    let cur: Record<string, number> = { ...s.point };
    let curScored = s;
    let budget = 2000;
    const keeps = (p: FalsifyPoint): Scored | null => {
      if (budget-- <= 0) return null;
      const c = evalPoint(p, [], false);
      return c.value !== null && c.value > target.threshold && c.inScope === s.inScope ? c : null;
    };
    for (let pass = 0; pass < 4; pass++) {
      let changed = false;
      for (const p of target.params) {
        const x = cur[p.name];
        const cands: number[] = [];
        if (p.integer) cands.push(p.lo);
        for (let dg = 1; dg <= 15; dg++) {
          cands.push(roundSig(x, dg));
          if (p.scale === 'logit') cands.push(1 - roundSig(1 - x, dg));
        }
        for (const c of cands) {
          const v = p.integer ? Math.round(c) : c;
          if (!(v >= p.lo && v <= p.hi) || v === x) continue;
          // "simpler": fewer significant digits than the current value (or the integer's lower end)
          if (digitsOf(v, p) >= digitsOf(x, p) && !(p.integer && v === p.lo)) continue;
          const k = keeps({ ...cur, [p.name]: v });
          if (k) {
            cur = { ...cur, [p.name]: v };
            curScored = k;
            changed = true;
            break;
          }
        }
      }
      if (!changed) break;
    }
    return curScored === s ? null : report(curScored);
  };

  const finding = (s: Scored | null): Finding | null => (s === null ? null : { ...report(s), shrunk: shrink(s) });
  const worst = finding(best);
  const worstInScope = bestIn === best ? worst : finding(bestIn);
  const verdict: FalsifyVerdict = worstInScope?.breaks ? 'fail' : worst?.breaks ? 'finding' : 'none';
  const sf = target.surface;
  const surface = sf && {
    label: sf.label,
    x: sf.x,
    y: sf.y,
    values: sf.y.values.map((y) => sf.x.values.map((x) => sf.at(x, y))),
  };
  return {
    target: target.id,
    labels: target.labels,
    statement: target.statement,
    objective: target.objective,
    threshold: target.threshold,
    thresholdSource: target.thresholdSource,
    scope: target.scope,
    seed: opts.seed,
    evaluations,
    uncomputable,
    uncomputableReason,
    rounds,
    wallMs: now() - t0,
    worst,
    worstInScope,
    verdict,
    ...(surface ? { surface } : {}),
  };
}

/** Significant digits of a value (for logit parameters, the fewer of x and 1 − x); integers: digits without trailing zeros. */
function digitsOf(x: number, p: FalsifyParam): number {
  const sig = (y: number): number => {
    if (y === 0) return 0;
    for (let dg = 1; dg <= 17; dg++) if (Number(y.toPrecision(dg)) === y) return dg;
    return 17;
  };
  return p.scale === 'logit' ? Math.min(sig(x), sig(1 - x)) : sig(x);
}
