/** `verify list [--paper KEY]`: the registered theorems, their labels and checks. */
import type { TheoremModule } from '../../core/theorem.js';
import { resolvePaper } from '../../registry/resolve.js';
import type { Io } from '../io.js';

export function listCommand(registry: readonly TheoremModule[], argv: { paper?: string; json?: boolean }, io: Io): number {
  const mods = argv.paper ? resolvePaper(argv.paper, registry) : registry;
  if (argv.json) {
    io.out(JSON.stringify(mods.map((m) => ({ id: m.claim.id, paper: m.claim.paper, labels: m.claim.labels, title: m.claim.title, checks: m.checks.map((c) => ({ name: c.name, layer: c.layer })) })), null, 2));
    return 0;
  }
  for (const m of mods) {
    io.out(`${m.claim.id.padEnd(30)} ${m.claim.paper.padEnd(11)} ${m.claim.labels.join(', ')}`);
    io.out(`${''.padEnd(30)} ${m.claim.title} — ${m.checks.length} checks`);
  }
  return 0;
}
