/**
 * Symbolic layer: proposition 1's recursion from the Adam recurrences (one step, and unrolled over three
 * steps from a general initial state), by nerdamer-prime and at seeded random points in 48 digits; and
 * which of the statement's quoted variants hold, against what the claimed form predicts.
 */
import { checkIdentity, identityCheck } from '../../proofs-check/index.js';
import type { Domain } from '../../proofs-check/index.js';
import { list, num } from '../../src/core/settings.js';
import type { Check, CheckContext, Claim } from '../../src/core/theorem.js';
import type { RecursionForm } from './claimed.js';
import { claimedForm, predictsHolds, quotedVariants } from './claimed.js';

const m = (b: string, mp: string, g: string) => `(${b}*${mp} + (1 - ${b})*${g})`;
const v = (b: string, vp: string, g: string) => `(${b}*${vp} + (1 - ${b})*${g}^2)`;
const domain: Domain = { b: [0.05, 0.999], m0: [-3, 3], v0: [0, 10], g: [-3, 3] };

/** s_k − βs_{k−1} from the recurrences (lhs) and the form's w·(M − g_k)² (rhs), one step. */
function oneStep(f: RecursionForm): { lhs: string; rhs: string } {
  const mk = m('b', 'm0', 'g');
  const M = f.index === 'previous' ? 'm0' : mk;
  return {
    lhs: `(${v('b', 'v0', 'g')} - ${mk}^2) - b*(v0 - m0^2)`,
    rhs: `${f.weightExpr('b')}*(${M} - g)^2`,
  };
}

/** v_K − m_K² from (m_0, v_0) and g_1…g_K (lhs) against β^K s_0 + Σ_j β^{K−j} w (M_j − g_j)² (rhs). */
function unrolled(f: RecursionForm, K: number): { lhs: string; rhs: string; domain: Domain } {
  const ms = ['m0'];
  const vs = ['v0'];
  const terms: string[] = [];
  const dom: Record<string, readonly [number, number]> = { b: domain.b, m0: domain.m0, v0: domain.v0 };
  for (let j = 1; j <= K; j++) {
    const g = `g${j}`;
    dom[g] = domain.g;
    ms.push(m('b', ms[j - 1], g));
    vs.push(v('b', vs[j - 1], g));
    const M = f.index === 'previous' ? ms[j - 1] : ms[j];
    terms.push(`b^${K - j}*${f.weightExpr('b')}*(${M} - ${g})^2`);
  }
  return { lhs: `${vs[K]} - ${ms[K]}^2`, rhs: `b^${K}*(v0 - m0^2) + ${terms.join(' + ')}`, domain: dom };
}

const claimed = (
  name: string,
  spec: (f: RecursionForm, c: Claim) => { lhs: string; rhs: string; domain?: Domain },
): Check => ({
  name,
  layer: 'symbolic',
  run: (c: Claim, ctx: CheckContext) => {
    const s = spec(claimedForm(c, ctx), c);
    return identityCheck(name, () => ({ domain, ...s })).run(c, ctx);
  },
});

export const symbolicChecks: readonly Check[] = [
  claimed('one_step_recursion', (f) => oneStep(f)),
  claimed('unrolled_recursion', (f, c) => unrolled(f, num(c, 'unrolledSteps'))),
  {
    name: 'quoted_variants',
    layer: 'symbolic',
    run(c, ctx) {
      const f = claimedForm(c, ctx);
      const probes = list(c, 'betaProbes');
      const points = num(c, 'identityPoints');
      let disagreements = 0;
      let work = 0;
      const detail: Record<string, string> = {};
      const counterexample: Record<string, number> = {};
      for (const q of quotedVariants) {
        const o = checkIdentity({ ...oneStep(q), domain, points, name: `quoted:${q.name}` }, ctx.seed);
        work += o.points;
        const holds = o.kind !== 'refuted';
        const predicted = predictsHolds(f, q, probes);
        if (holds !== predicted) disagreements++;
        detail[q.name] =
          `${holds ? `holds (${o.kind})` : `refuted, residual ${o.residual.toExponential(2)}`}; claimed form predicts ${predicted ? 'holds' : 'refuted'} — ${q.text}`;
        if (o.kind === 'refuted') detail[`${q.name}_point`] = JSON.stringify(o.point);
        if (holds !== predicted && o.kind === 'refuted')
          for (const [k, x] of Object.entries(o.point)) counterexample[`${q.name}.${k}`] = x;
      }
      return {
        measured: disagreements,
        method: `${quotedVariants.length} quoted variants, each as an identity (nerdamer-prime + ${points} points, 48 digits); measured = variants whose outcome the claimed form mispredicts`,
        work,
        detail,
        ...(Object.keys(counterexample).length ? { counterexample } : {}),
      };
    },
  },
];
