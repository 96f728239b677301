/** A validated claim file → a TheoremModule (defineTheorem), so the runner, judge, store and reporters run it unchanged. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.js';
import { defineTheorem } from '../core/define.js';
import type { Check, Claim, Expectation, TheoremModule } from '../core/theorem.js';
import { boundCheckNames, boundChecks, boundExpectation, boundTarget } from './bound.js';
import { identityCheckName, identityChecks, identityExpectation } from './identity.js';
import { claimMutants, fieldsOf } from './mutants.js';
import { orderCheckName, orderChecks, orderExpectation } from './order.js';
import type { ClaimFile } from './types.js';

/**
 * 52 bits of the SHA-256 of the file's canonical JSON: in the claim's settings, so the result-store key
 * (settings + code fingerprint) changes whenever the file's formulas do.
 */
export function fileDigest(c: ClaimFile): number {
  return Number.parseInt(createHash('sha256').update(canonicalJson(c)).digest('hex').slice(0, 13), 16);
}

function partsOf(c: ClaimFile): { checks: Check[]; expectations: Record<string, Expectation> } {
  const fields = fieldsOf(c.mutants);
  switch (c.shape) {
    case 'identity':
      return {
        checks: identityChecks(c.identity, fields),
        expectations: { [identityCheckName]: identityExpectation(c.identity, c.source) },
      };
    case 'order':
      return {
        checks: orderChecks(c.order, fields),
        expectations: { [orderCheckName]: orderExpectation(c.order, c.source) },
      };
    case 'bound':
      return {
        checks: boundChecks(c.bound, fields, c.statement),
        expectations: {
          [boundCheckNames.points]: boundExpectation(c.bound, c.source, 'seeded random points of the scope'),
          [boundCheckNames.search]: boundExpectation(c.bound, c.source, 'falsify search inside the scope'),
        },
      };
  }
}

export function claimFileModule(c: ClaimFile): TheoremModule {
  const { checks, expectations } = partsOf(c);
  const claim: Claim = {
    id: c.id,
    paper: c.paper,
    labels: c.labels,
    title: c.title,
    statement: { text: c.statement, latex: c.latex ?? '' },
    hypotheses: c.hypotheses ?? [],
    settings: { fileDigest: fileDigest(c) },
    expectations,
    mutants: claimMutants(
      c.mutants,
      checks.map((k) => k.name),
    ),
  };
  const falsify = c.shape === 'bound' ? [boundTarget(c.id, c.labels, c.statement, c.bound)] : undefined;
  return defineTheorem(claim, checks, import.meta.url, falsify);
}
