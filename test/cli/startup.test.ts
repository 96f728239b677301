/**
 * A fast, quiet entry point: `--help`, `--version` and `list` never load the theorem registry, mathjs,
 * nerdamer or tfjs (checked on the static import graph, not by timing); a closed stdout pipe exits 0
 * without a stack trace; FORCE_COLOR colours off a TTY.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from '../../src/cli/claims.js';
import { main } from '../../src/cli/main.js';
import { shouldColor } from '../../src/report/table.js';
import { theorems } from '../../theorems/index.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../..', import.meta.url).pathname;

/** Every file and package reached from `entry` by static value imports (`import type` and `import()` excluded). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/^\s*(import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[2];
      if (!spec.startsWith('.')) {
        seen.add(spec);
        continue;
      }
      const target = relative(root, join(root, dirname(file), spec)).replace(/\.js$/, '.ts');
      if (existsSync(join(root, target))) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe('startup cost', () => {
  it('should not statically import the theorem registry, check code, mathjs, nerdamer or tfjs from the CLI entry', () => {
    const reached = [...staticClosure('src/cli/main.ts')];
    const heavy = reached.filter(
      (f) =>
        f === 'theorems/index.ts' ||
        /^theorems\/[^/]+\/(index|symbolic|ode|empirical)\.ts$/.test(f) ||
        /^(mathjs|nerdamer|@tensorflow)/.test(f),
    );
    expect(heavy).toEqual([]);
    expect(reached).toContain('src/cli/claims.ts');
  });
  it('should list from claims that match the registry, module for module', async () => {
    expect(claims).toEqual(theorems.map((m) => m.claim));
    const io = fakeIo();
    expect(await main(['list'], io)).toBe(0);
    const text = io.stdout.join('\n');
    for (const m of theorems) expect(text).toContain(`— ${m.checks.length} checks`);
    const json = fakeIo();
    expect(await main(['list', '--paper', 'gsi', '--json'], json)).toBe(0);
    const listed = JSON.parse(json.stdout.join('')) as { id: string; checks: { layer: string }[] }[];
    expect(listed.map((m) => m.id)).toEqual(theorems.filter((m) => m.claim.paper === 'gsi').map((m) => m.claim.id));
    expect(listed[0].checks[0].layer).toMatch(/symbolic|ode|empirical/);
  });
  it('should still refuse an unknown paper in list', async () => {
    const io = fakeIo();
    expect(await main(['list', '--paper', 'gs'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/unknown paper "gs"/);
  });
});

describe('colour', () => {
  it('should honour FORCE_COLOR off a TTY, with NO_COLOR still winning', async () => {
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '3' })).toBe(true);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '' })).toBe(false);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(true);
    const io = { ...fakeIo(), env: { FORCE_COLOR: '1' } };
    expect(await main(['theorem', 'corollary-3.6', '--layer', 'symbolic', '--no-store'], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/\x1b\[/);
  });
});

const bin = join(root, 'dist/src/cli/main.js');
describe.runIf(existsSync(bin))('a closed stdout pipe (built binary)', () => {
  // the reader closes its end at once, so every write of the CLI meets EPIPE
  const intoClosedPipe = (args: string) =>
    spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" ${args} | { exec 0<&-; }`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
  it('should exit 0 without a stack trace for `list` and `results list`', () => {
    for (const args of ['list', `results list "${root}"`]) {
      const r = intoClosedPipe(args);
      expect(r.stderr, args).toBe('');
      expect(r.status, args).toBe(0);
    }
  });
});
