/** Claim files (schema/claim.schema.json): the common shapes of a paper's claims, run without writing a module. */
import { resolve } from 'node:path';
import type { TheoremModule } from '../core/theorem.js';
import { ClaimFileError } from './errors.js';
import { readClaimFile } from './load.js';
import { claimFileModule } from './module.js';

export { ClaimFileError } from './errors.js';
export { parseClaimFile, readClaimFile } from './load.js';
export { claimFileModule } from './module.js';
export type { ClaimFile } from './types.js';

/** Load claim files (paths relative to `cwd`); an invalid file or an id given twice is a ClaimFileError. */
export function loadClaimFiles(paths: readonly string[], cwd: string): TheoremModule[] {
  const byId = new Map<string, string>();
  return paths.map((p) => {
    const c = readClaimFile(resolve(cwd, p), p);
    const other = byId.get(c.id);
    if (other !== undefined) throw new ClaimFileError(p, '/id', `"${c.id}" is also the id of ${other}`);
    byId.set(c.id, p);
    return claimFileModule(c);
  });
}
