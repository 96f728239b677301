/** `verify list [--paper KEY] [--json]`: the registered theorems, their labels and checks. */
import { resolvePaper } from '../../registry/resolve.js';
import { claims } from '../claims.js';
import type { Io } from '../io.js';

export async function listCommand(argv: { paper?: string; json?: boolean }, io: Io): Promise<number> {
  if (argv.paper !== undefined) resolvePaper(argv.paper, []); // refuses an unknown key
  const inPaper = (paper: string) => argv.paper === undefined || paper === argv.paper;
  if (argv.json) {
    // the layers of the checks live in the check code: only --json loads the full registry
    const mods = (await import('../../../theorems/index.js')).theorems.filter((m) => inPaper(m.claim.paper));
    io.out(
      JSON.stringify(
        mods.map((m) => ({
          id: m.claim.id,
          paper: m.claim.paper,
          labels: m.claim.labels,
          title: m.claim.title,
          checks: m.checks.map((c) => ({ name: c.name, layer: c.layer })),
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  // defineTheorem pairs every expectation with exactly one check
  for (const c of claims.filter((x) => inPaper(x.paper))) {
    io.out(`${c.id.padEnd(30)} ${c.paper.padEnd(11)} ${c.labels.join(', ')}`);
    io.out(`${''.padEnd(30)} ${c.title} — ${Object.keys(c.expectations).length} checks`);
  }
  return 0;
}
