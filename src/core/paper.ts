/**
 * Papers as data: what a paper is (key, title, seed file) and its coverage map — every numbered
 * statement, equation, figure and table of the paper with the checks that answer it, or why none does.
 * The papers themselves live in theorems/papers/ (one file each, one registry line each); core names none.
 */
import { InternalError } from './errors.js';
import type { PaperKey } from './theorem.js';

/** What a coverage item is in the paper. `section`: an unnumbered appendix or section that makes a claim. */
export type CoverageKind =
  | 'theorem'
  | 'lemma'
  | 'proposition'
  | 'corollary'
  | 'remark'
  | 'definition'
  | 'assumption'
  | 'equation'
  | 'algorithm'
  | 'figure'
  | 'table'
  | 'section';
export const coverageKinds: readonly CoverageKind[] = [
  'theorem',
  'lemma',
  'proposition',
  'corollary',
  'remark',
  'definition',
  'assumption',
  'equation',
  'algorithm',
  'figure',
  'table',
  'section',
];

/**
 * - `checked`: the checks named answer the item (their verdicts may still be findings against it);
 * - `partial`: the checks named answer part of it; `missing` says what is left;
 * - `not-checked`: it could be checked by this toolkit, but nothing does yet (`reason`);
 * - `out-of-scope`: nothing to verify (a definition, a diagram) or not reachable here (paper-scale data, `reason`).
 */
export type CoverageStatus = 'checked' | 'partial' | 'not-checked' | 'out-of-scope';
export const coverageStatuses: readonly CoverageStatus[] = ['checked', 'partial', 'not-checked', 'out-of-scope'];

interface ItemBase {
  /** The id a user types: `theorem-3.3`, `remark-A.5`, `figure-3`, `table-1`, `equation-4`, `equations-1-3`, `appendix-F`. */
  readonly label: string;
  readonly kind: CoverageKind;
  /** The paper's own words, quoted or paraphrased in one line (≤ 160 characters). */
  readonly words: string;
  /** Numbers of the paper's equations this item states or proves (every number 1…equationCount is in exactly one item). */
  readonly equations?: readonly number[];
}
/** Check references are `theorem-slug/check_name`. */
export type CoverageItem =
  | (ItemBase & { readonly status: 'checked'; readonly checks: readonly string[]; readonly note?: string })
  | (ItemBase & { readonly status: 'partial'; readonly checks: readonly string[]; readonly missing: string })
  | (ItemBase & { readonly status: 'not-checked' | 'out-of-scope'; readonly reason: string });

export interface Paper {
  readonly key: PaperKey;
  readonly title: string;
  /** As the seed gives them (omitted where the seed has none, e.g. under double-blind review). */
  readonly authors?: string;
  readonly year?: number;
  /** The paper's text: a file name under docs/papers/ (absent for a paper whose text is not stored offline). */
  readonly seed?: string;
  /** Its claims catalogue: a file name under docs/spec/. */
  readonly spec?: string;
  /** How many numbered equations the paper has. */
  readonly equationCount: number;
  readonly coverage: readonly CoverageItem[];
}

const keyPattern = /^[a-z][a-z0-9-]*$/;
const labelPattern = /^(?:[a-z]+-(?:[A-Z]\.)?[0-9]+(?:\.[0-9]+)*|equations-[0-9]+-[0-9]+|appendix-[A-Z](?:\.[0-9]+)*)$/;
const checkRef = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9_]*(_[A-Za-z0-9]+)*$/;
export const maxWords = 160;

/** What an item says about itself beyond its status: the checks, or the reason/what is missing. */
export function coverageChecks(i: CoverageItem): readonly string[] {
  return i.status === 'checked' || i.status === 'partial' ? i.checks : [];
}
export function coverageReason(i: CoverageItem): string {
  return i.status === 'checked' ? (i.note ?? '') : i.status === 'partial' ? i.missing : i.reason;
}

/** Load-time validation of the paper registry; registers each title for reporters (`papers` in ./theorem.ts). */
export function definePapers(list: readonly Paper[]): readonly Paper[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const p of list) {
    if (!keyPattern.test(p.key)) problems.push(`paper key "${p.key}" is not kebab-case`);
    if (keys.has(p.key)) problems.push(`paper "${p.key}" is registered twice`);
    keys.add(p.key);
    const labels = new Set<string>();
    const eqs = new Map<number, string>();
    for (const i of p.coverage) {
      const at = `${p.key}:${i.label}`;
      if (!labelPattern.test(i.label))
        problems.push(`${at}: label is not of the form kind-N, equations-N-M or appendix-X`);
      if (labels.has(i.label)) problems.push(`${at}: listed twice`);
      labels.add(i.label);
      if (!coverageKinds.includes(i.kind)) problems.push(`${at}: unknown kind "${i.kind}"`);
      if (!coverageStatuses.includes(i.status)) problems.push(`${at}: unknown status "${i.status}"`);
      if (i.words.length === 0 || i.words.length > maxWords || i.words.includes('\n'))
        problems.push(`${at}: words must be one line of 1–${maxWords} characters`);
      const checks = coverageChecks(i);
      if ((i.status === 'checked' || i.status === 'partial') && checks.length === 0)
        problems.push(`${at}: ${i.status} names no check`);
      for (const c of checks)
        if (!checkRef.test(c)) problems.push(`${at}: check "${c}" is not theorem-slug/check_name`);
      if (i.status !== 'checked' && coverageReason(i).trim() === '')
        problems.push(`${at}: ${i.status} needs ${i.status === 'partial' ? 'what is missing' : 'a reason'}`);
      for (const n of i.equations ?? []) {
        if (!Number.isInteger(n) || n < 1 || n > p.equationCount)
          problems.push(`${at}: equation (${n}) is outside 1…${p.equationCount}`);
        const other = eqs.get(n);
        if (other !== undefined) problems.push(`${at}: equation (${n}) is already in ${other}`);
        eqs.set(n, i.label);
      }
    }
    for (let n = 1; n <= p.equationCount; n++)
      if (!eqs.has(n)) problems.push(`${p.key}: equation (${n}) is in no coverage item`);
  }
  if (problems.length > 0) throw new InternalError(`paper registry: ${problems.join('; ')}`);
  return list;
}
