/**
 * Resolve a CLI id (label | slug | paper:label) to a theorem module. A paper label that no module
 * carries but the paper's coverage map lists resolves to the module its checks live in (status
 * `checked`, all in one module) or is refused with one line saying why it is not (fully) checked.
 */
import { AmbiguousTheoremError, UncheckedLabelError, UnknownTheoremError, UsageError } from '../core/errors.js';
import type { CoverageItem, Paper } from '../core/paper.js';
import { coverageChecks, coverageReason } from '../core/paper.js';
import type { TheoremModule } from '../core/theorem.js';
import { findCoverageItem, paperKeys, paperRegistry } from '../../theorems/papers/registry.js';
import { closeMatches } from './suggest.js';

/** Every name a user may type: slugs, bare labels, qualified labels (of modules and of the coverage maps). */
export function knownIds(registry: readonly TheoremModule[], papers: readonly Paper[] = paperRegistry): string[] {
  const ids = new Set<string>();
  for (const m of registry) {
    ids.add(m.claim.id);
    for (const l of m.claim.labels) {
      ids.add(l);
      ids.add(`${m.claim.paper}:${l}`);
    }
  }
  for (const p of papers) for (const i of p.coverage) ids.add(`${p.key}:${i.label}`);
  return [...ids];
}

/** The status words of a coverage item as one line prints them. */
export const statusWords: Readonly<Record<CoverageItem['status'], string>> = {
  checked: 'checked',
  partial: 'partial',
  'not-checked': 'not checked',
  'out-of-scope': 'out of scope',
};

/** A coverage item without a module of its own: the module that holds all its checks, or the refusal. */
function fromCoverage(
  paper: string,
  item: CoverageItem,
  label: string,
  registry: readonly TheoremModule[],
): TheoremModule {
  const checks = coverageChecks(item);
  const slugs = [...new Set(checks.map((c) => c.split('/')[0]))];
  if (item.status === 'checked' && slugs.length === 1) {
    const m = registry.find((x) => x.claim.id === slugs[0]);
    if (m) return m;
  }
  const run =
    slugs.length > 0
      ? `; run \`verify theorem ${slugs.join(' ')}\` (checks ${checks.map((c) => c.split('/')[1]).join(', ')})`
      : '';
  const detail = item.status === 'checked' ? `by ${slugs.join(', ')}${run}` : `${coverageReason(item)}${run}`;
  throw new UncheckedLabelError(label, paper, statusWords[item.status], detail);
}

export function resolveTheoremId(
  id: string,
  registry: readonly TheoremModule[],
  papers: readonly Paper[] = paperRegistry,
): TheoremModule {
  const bySlug = registry.find((m) => m.claim.id === id);
  if (bySlug) return bySlug;
  const colon = id.indexOf(':');
  if (colon > 0) {
    const paper = id.slice(0, colon);
    const label = id.slice(colon + 1);
    const hit = registry.find((m) => m.claim.paper === paper && m.claim.labels.includes(label));
    if (hit) return hit;
    const p = papers.find((x) => x.key === paper);
    const item = p && findCoverageItem(p, label);
    if (item) return fromCoverage(paper, item, label, registry);
  } else {
    const hits = registry.filter((m) => m.claim.labels.includes(id));
    // a bare label is ambiguous when another paper's coverage map lists it too, module or not
    const hitPapers = new Set(hits.map((m) => m.claim.paper));
    const inMaps = papers.filter((p) => hitPapers.has(p.key) || findCoverageItem(p, id)).map((p) => p.key);
    const named = new Set([...inMaps, ...hitPapers]); // in registry order
    if (hits.length === 1 && named.size === 1) return hits[0];
    if (hits.length > 0)
      throw new AmbiguousTheoremError(
        id,
        [...named].map((k) => `${k}:${id}`),
      );
    const items = papers.flatMap((p) => {
      const item = findCoverageItem(p, id);
      return item ? [{ paper: p.key, item }] : [];
    });
    if (items.length === 1) return fromCoverage(items[0].paper, items[0].item, id, registry);
    if (items.length > 1)
      throw new AmbiguousTheoremError(
        id,
        items.map((x) => `${x.paper}:${id}`),
      );
  }
  throw new UnknownTheoremError(id, closeMatches(id, knownIds(registry, papers)));
}

/** Refuses a key that is not a registered paper (with the closest key). */
export function checkPaperKey(key: string, papers: readonly Paper[] = paperRegistry): void {
  const keys = paperKeys(papers);
  if (keys.includes(key)) return;
  const s = closeMatches(key, keys);
  throw new UsageError(
    `unknown paper "${key}"; known papers: ${keys.join(', ')}${s.length ? ` (did you mean ${s[0]}?)` : ''}`,
  );
}

export function resolvePaper(
  key: string,
  registry: readonly TheoremModule[],
  papers: readonly Paper[] = paperRegistry,
): TheoremModule[] {
  checkPaperKey(key, papers);
  return registry.filter((m) => m.claim.paper === key);
}
