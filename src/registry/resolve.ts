/** Resolve a CLI id (label | slug | paper:label) to a theorem module. */
import { AmbiguousTheoremError, UnknownTheoremError, UsageError } from '../core/errors.js';
import type { PaperKey, TheoremModule } from '../core/theorem.js';
import { papers } from '../core/theorem.js';
import { closeMatches } from './suggest.js';

/** Every name a user may type: slugs, bare labels, qualified labels. */
export function knownIds(registry: readonly TheoremModule[]): string[] {
  const ids = new Set<string>();
  for (const m of registry) {
    ids.add(m.claim.id);
    for (const l of m.claim.labels) {
      ids.add(l);
      ids.add(`${m.claim.paper}:${l}`);
    }
  }
  return [...ids];
}

export function resolveTheoremId(id: string, registry: readonly TheoremModule[]): TheoremModule {
  const bySlug = registry.find((m) => m.claim.id === id);
  if (bySlug) return bySlug;
  const colon = id.indexOf(':');
  if (colon > 0) {
    const paper = id.slice(0, colon);
    const label = id.slice(colon + 1);
    const hit = registry.find((m) => m.claim.paper === paper && m.claim.labels.includes(label));
    if (hit) return hit;
  } else {
    const hits = registry.filter((m) => m.claim.labels.includes(id));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) throw new AmbiguousTheoremError(id, hits.map((m) => `${m.claim.paper}:${id}`));
  }
  throw new UnknownTheoremError(id, closeMatches(id, knownIds(registry)));
}

export function resolvePaper(key: string, registry: readonly TheoremModule[]): TheoremModule[] {
  if (!(key in papers)) {
    const s = closeMatches(key, Object.keys(papers));
    throw new UsageError(`unknown paper "${key}"; known papers: ${Object.keys(papers).join(', ')}${s.length ? ` (did you mean ${s[0]}?)` : ''}`);
  }
  return registry.filter((m) => m.claim.paper === (key as PaperKey));
}
