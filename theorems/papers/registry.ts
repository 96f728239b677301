/**
 * The paper registry: one line per paper (its file holds the metadata and the coverage map). A new paper
 * is one data file here plus one line below; the CLI's help, `verify coverage` and id resolution read it.
 */
import { InternalError } from '../../src/core/errors.js';
import type { CoverageItem, Paper } from '../../src/core/paper.js';
import { definePapers } from '../../src/core/paper.js';
import type { Claim } from '../../src/core/theorem.js';
import { ctadamPaper } from './ctadam.js';
import { degeneratePaper } from './degenerate.js';
import { gsiPaper } from './gsi.js';
import { secretSaucePaper } from '../adam-secret-sauce/paper.js';

export const paperRegistry: readonly Paper[] = definePapers([gsiPaper, ctadamPaper, degeneratePaper, secretSaucePaper]);

export function paperKeys(registry: readonly Paper[] = paperRegistry): string[] {
  return registry.map((p) => p.key);
}

export function findPaper(key: string, registry: readonly Paper[] = paperRegistry): Paper | undefined {
  return registry.find((p) => p.key === key);
}

/**
 * The coverage item a label names in one paper: the label itself, or `equation-N` for an item whose
 * `equations` hold N (equation 11 of a paper is also reachable as the theorem that states it).
 */
export function findCoverageItem(paper: Paper, label: string): CoverageItem | undefined {
  const exact = paper.coverage.find((i) => i.label === label);
  if (exact) return exact;
  const eq = /^equation-(\d+)$/.exec(label);
  return eq ? paper.coverage.find((i) => i.equations?.includes(Number(eq[1]))) : undefined;
}

/** Load-time check of a registry of claims: every claim's paper must be registered. Throws InternalError naming each stray. */
export function checkClaimPapers<C extends Pick<Claim, 'id' | 'paper'>>(
  claims: readonly C[],
  registry: readonly Paper[] = paperRegistry,
): readonly C[] {
  const known = new Set(paperKeys(registry));
  const stray = claims.filter((c) => !known.has(c.paper));
  if (stray.length > 0) {
    throw new InternalError(
      `theorem registry: ${stray.map((c) => `${c.id} names paper "${c.paper}", which is not registered`).join('; ')} (registered: ${[...known].join(', ')}; add the paper to theorems/papers/)`,
    );
  }
  return claims;
}
