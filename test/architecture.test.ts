/** Dependency direction (house style §3.1), checked by scanning import specifiers. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(root, p)).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

const resolved = (file: string, spec: string): string => (spec.startsWith('.') ? relative(root, join(root, file, '..', spec)) : spec);

describe('architecture', () => {
  it('should keep src/core free of project and third-party imports', () => {
    for (const f of files('src/core')) for (const i of imports(f)) expect(i.startsWith('./') || i.startsWith('node:'), `${f} imports ${i}`).toBe(true);
  });
  it('should keep src/numeric free of tfjs, nerdamer, node:fs and upper layers', () => {
    for (const f of files('src/numeric')) {
      for (const i of imports(f)) {
        const r = resolved(f, i);
        expect(/tensorflow|nerdamer|^node:fs|^proofs-check|^experiments|^theorems|^src\/(cli|runner|report|registry)/.test(r), `${f} imports ${i}`).toBe(false);
      }
    }
  });
  it('should never let one theorem folder import another', () => {
    for (const f of files('theorems').filter((x) => x.split('/').length > 2)) {
      const own = f.split('/')[1];
      for (const i of imports(f)) {
        const r = resolved(f, i);
        if (r.startsWith('theorems/')) expect(r.split('/')[1], `${f} imports ${i}`).toBe(own);
      }
    }
  });
  it('should import nerdamer only in proofs-check and tfjs-node never statically', () => {
    for (const dir of ['src', 'theorems', 'experiments', 'proofs-check']) {
      for (const f of files(dir)) {
        const text = readFileSync(join(root, f), 'utf8');
        if (!f.startsWith('proofs-check/nerdamer.ts')) expect(/require\(['"]nerdamer/.test(text), f).toBe(false);
        expect(/from ['"]@tensorflow\/tfjs-node/.test(text), f).toBe(false);
      }
    }
  });
});
