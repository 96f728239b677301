/**
 * One step of the harness's Adam family (Adam, AdamW, RMSProp, K-Adam; see harness/optimizers.ts) over
 * every parameter tensor in one pass per tensor, on float32 storage: the state (m, v per level) and the
 * new parameters are rounded to float32 when stored, the arithmetic between is float64. The statistics
 * the harness records come out of the same pass. Pure: reads its inputs, writes only the outputs.
 */

/** One level of moments (the same fields as the composed tfjs path). */
export interface MomentLevel {
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** ε inside the root: √(v + ε); else √v + ε. */
  readonly inside: boolean;
  readonly bias: boolean;
  /** m₀ = g₁, v₀ = g₁² at the first step instead of zeros. */
  readonly firstGradient: boolean;
  /** PyTorch's ε: added to √v̂, i.e. ε·√(1 − β2^t) against √v (only with `bias`; otherwise plain ε). */
  readonly torchEps: boolean;
}

/** Everything but the tensors. */
export interface AdamStepAttrs {
  readonly levels: readonly MomentLevel[];
  readonly weightDecay: number;
  /** Decay folded into the gradient (L2) instead of decoupled (AdamW). */
  readonly coupled: boolean;
  /** η·s: the learning rate times the schedule factor. */
  readonly eta: number;
  /** Step number, 1-based. */
  readonly t: number;
  readonly clipNorm?: number;
  /** Indices of the tensors whose ‖W‖², ‖u‖², ‖g‖², ⟨W, g⟩, ⟨W, u⟩ are returned. */
  readonly watch: readonly number[];
}

/** Views of one step's tensors: state[level][tensor]; `m`, `v` are null at the first step. */
export interface AdamStepBuffers {
  readonly params: readonly Float32Array[];
  readonly grads: readonly Float32Array[];
  readonly m: readonly (readonly Float32Array[])[] | null;
  readonly v: readonly (readonly Float32Array[])[] | null;
  readonly outParams: readonly Float32Array[];
  readonly outM: readonly (readonly Float32Array[])[];
  readonly outV: readonly (readonly Float32Array[])[];
}

/** Number of statistics `adamStep` returns for `watched` watched tensors. */
export const statCount = (watched: number): number => 3 + 5 * watched;

/**
 * Write the step into the out-buffers; returns [‖u‖₂, ‖u‖∞, ‖g‖₂ (before clipping), then per watched tensor
 * ‖W‖², ‖u_W‖², ‖g_W‖², ⟨W, g_W⟩, ⟨W, u_W⟩] with u the update direction before η, g before clipping.
 */
export function adamStep(b: AdamStepBuffers, a: AdamStepAttrs): Float64Array {
  const n = b.params.length;
  // one level with state (every step but the first of Adam, AdamW, RMSProp): one pass over each unwatched
  // tensor (each running sum costs the loop ~2.5 ns an element here, so the watched ones take the full path)
  const onePass = a.levels.length === 1 && b.m !== null && b.v !== null;
  const g2 = a.clipNorm === undefined && onePass ? null : b.grads.map(sumOfSquares);
  const scale = g2 === null || a.clipNorm === undefined ? 1 : Math.min(1, a.clipNorm / (norm(g2) + 1e-12));
  const wd = a.coupled ? a.weightDecay : 0;
  const lambda = !a.coupled && a.weightDecay !== 0 ? a.weightDecay : 0;
  // per tensor [‖u‖², ‖u‖∞, ‖W‖², ⟨W, g⟩, ⟨W, u⟩, ‖g‖²]; ‖W‖², ⟨W, g⟩, ⟨W, u⟩ only on the full path (watched)
  const perTensor: number[][] = [];
  for (let j = 0; j < n; j++) {
    const [P, G, out] = [b.params[j], b.grads[j], b.outParams[j]];
    if (onePass && !a.watch.includes(j)) {
      const state = { m: b.m![0][j], v: b.v![0][j], outM: b.outM[0][j], outV: b.outV[0][j] };
      perTensor.push(adamPass(P, G, out, state, a.levels[0], a.t, scale, wd, a.eta, lambda));
      continue;
    }
    const u = direction(G, P, wd, scale);
    for (let k = 0; k < a.levels.length; k++) {
      const state = b.m && b.v ? { m: b.m[k][j], v: b.v[k][j] } : null;
      moments(u, state, b.outM[k][j], b.outV[k][j], a.levels[k], a.t);
    }
    perTensor.push([...apply(u, P, G, out, a.eta, lambda), g2 ? g2[j] : sumOfSquares(G)]);
  }
  const g2s = g2 ?? perTensor.map((s) => s[5]);
  const stats = new Float64Array(statCount(a.watch.length));
  let uMax = 0;
  for (const s of perTensor) uMax = maxKeepingNaN(uMax, s[1]);
  stats[0] = Math.sqrt(perTensor.reduce((acc, s) => acc + s[0], 0));
  stats[1] = uMax;
  stats[2] = norm(g2s);
  a.watch.forEach((j, k) => {
    const s = perTensor[j];
    stats.set([s[2], s[0], g2s[j], s[3], s[4]], 3 + 5 * k);
  });
  return stats;
}

/** max(a, b), NaN as soon as either is NaN (so that a diverged step's ‖u‖∞ is not finite). */
const maxKeepingNaN = (a: number, b: number): number => (a > b || Number.isNaN(a) ? a : b);

const norm = (squares: readonly number[]) => Math.sqrt(squares.reduce((acc, x) => acc + x, 0));

// The loops below are separate functions over plain locals: a variable captured by a closure lives in a
// heap context, and array destructuring around a hot loop sent V8 into a deoptimisation cycle; either
// made the fused step slower than the ~25 tfjs ops it replaces.

function sumOfSquares(g: Float32Array): number {
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return s;
}

let scratch = new Float64Array(0);
/** The direction before the moments, g·scale + λ·W (coupled decay), in a reused float64 buffer. */
function direction(G: Float32Array, P: Float32Array, wd: number, scale: number): Float64Array {
  if (scratch.length < G.length) scratch = new Float64Array(G.length);
  const u = scratch.subarray(0, G.length);
  for (let i = 0; i < u.length; i++) u[i] = G[i] * scale + P[i] * wd;
  return u;
}

/** W ← W − η(u + λW) into `out`; returns [‖u‖², ‖u‖∞, ‖W‖², ⟨W, g⟩, ⟨W, u⟩]. */
function apply(u: Float64Array, P: Float32Array, G: Float32Array, out: Float32Array, eta: number, lambda: number) {
  let u2 = 0;
  let uMax = 0;
  let w2 = 0;
  let wg = 0;
  let wu = 0;
  for (let i = 0; i < u.length; i++) {
    const p = P[i];
    const ui = u[i];
    out[i] = p - eta * (ui + p * lambda);
    u2 += ui * ui;
    uMax = maxKeepingNaN(uMax, Math.abs(ui));
    w2 += p * p;
    wg += p * G[i];
    wu += p * ui;
  }
  return [u2, uMax, w2, wg, wu];
}

/**
 * A level's constants at step t: the bias correction c = √(1 − β2^t)/(1 − β1^t) (1 without), and the ε added
 * to √v (PyTorch's ε on √v̂ is ε·√(1 − β2^t) on √v).
 */
function stepConstants(l: MomentLevel, t: number): { c: number; epsT: number } {
  const c = l.bias ? Math.sqrt(1 - l.beta2 ** t) / (1 - l.beta1 ** t) : 1;
  return { c, epsT: l.torchEps && l.bias ? l.eps * Math.sqrt(1 - l.beta2 ** t) : l.eps };
}

/**
 * One level in place: u ← c·m/den with m, v the level's new moments from input u (stored, float32, in
 * outM/outV, and used as stored); `state` null at the first step (zeros, or u and u² with firstGradient).
 */
function moments(
  u: Float64Array,
  state: { m: Float32Array; v: Float32Array } | null,
  outM: Float32Array,
  outV: Float32Array,
  l: MomentLevel,
  t: number,
): void {
  const b1 = l.beta1;
  const b2 = l.beta2;
  const eps = l.eps;
  const { c, epsT } = stepConstants(l, t);
  const fromG = state === null && l.firstGradient;
  const M = state?.m;
  const V = state?.v;
  for (let i = 0; i < u.length; i++) {
    const g = u[i];
    const m0 = M ? M[i] : fromG ? g : 0;
    const v0 = V ? V[i] : fromG ? g * g : 0;
    const m = Math.fround(m0 * b1 + g * (1 - b1));
    const v = Math.fround(v0 * b2 + g * g * (1 - b2));
    outM[i] = m;
    outV[i] = v;
    const den = l.inside ? Math.sqrt(v + eps) : Math.sqrt(v) + epsT;
    u[i] = den === 0 ? 0 : (m * c) / den; // divNoNan: 0/0 at a zero gradient with ε = 0
  }
}

/**
 * The whole step of one tensor with one level of state in a single pass (the same arithmetic as direction,
 * moments and apply in turn); returns [‖u‖², ‖u‖∞, 0, 0, 0, ‖g‖²] (the tensor is not watched).
 */
function adamPass(
  P: Float32Array,
  G: Float32Array,
  out: Float32Array,
  state: { m: Float32Array; v: Float32Array; outM: Float32Array; outV: Float32Array },
  l: MomentLevel,
  t: number,
  scale: number,
  wd: number,
  eta: number,
  lambda: number,
): number[] {
  const { m: M, v: V, outM, outV } = state;
  const b1 = l.beta1;
  const b2 = l.beta2;
  const eps = l.eps;
  const inside = l.inside;
  const { c, epsT } = stepConstants(l, t);
  let u2 = 0;
  let uMax = 0;
  let g2 = 0;
  for (let i = 0; i < P.length; i++) {
    const p = P[i];
    const gi = G[i];
    const g = gi * scale + p * wd;
    const m = Math.fround(M[i] * b1 + g * (1 - b1));
    const v = Math.fround(V[i] * b2 + g * g * (1 - b2));
    outM[i] = m;
    outV[i] = v;
    const den = inside ? Math.sqrt(v + eps) : Math.sqrt(v) + epsT;
    const u = den === 0 ? 0 : (m * c) / den;
    out[i] = p - eta * (u + p * lambda);
    u2 += u * u;
    uMax = maxKeepingNaN(uMax, Math.abs(u));
    g2 += gi * gi;
  }
  return [u2, uMax, 0, 0, 0, g2];
}
