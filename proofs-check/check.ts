/** Build a symbolic-layer Check from an identity whose sides may need the CAS to derive. */
import type { Check, Claim } from '../src/core/theorem.js';
import type { CasLog } from './derive.js';
import { newCasLog } from './derive.js';
import type { IdentitySpec } from './identity.js';
import { identityMeasurement } from './identity.js';

/** `build` runs inside the check (lazy CAS); derivatives it takes are logged in `cas`. */
export function identityCheck(name: string, build: (claim: Claim, cas: CasLog) => IdentitySpec): Check {
  return {
    name,
    layer: 'symbolic',
    run(claim, ctx) {
      const cas = newCasLog();
      const spec = build(claim, cas);
      const points = typeof claim.settings.identityPoints === 'number' ? claim.settings.identityPoints : 64;
      const m = identityMeasurement({ points, ...spec, name }, ctx.seed);
      const engines = [...cas.engines];
      return {
        ...m,
        method: engines.length
          ? `${m.method}; derivatives by ${engines.join(' + ')}, each checked by finite differences`
          : m.method,
        detail: {
          ...m.detail,
          ...(cas.faults.length ? { cas_faults: cas.faults.length, cas_fault: cas.faults[0].slice(0, 300) } : {}),
        },
      };
    },
  };
}
