/**
 * Dependency direction (house style §3.1), checked on every .ts file's static imports, re-exports,
 * side-effect imports, `import type`, `import('…')` expressions and `import('…').T` type queries.
 *
 * Layer map: core ← numeric ← proofs-check; experiments ← theorems ← registry, runner, report ← cli.
 * `src/types` holds declarations of third-party APIs (odex ships no .d.ts): a leaf that imports nothing
 * of the project and may be imported by every layer except src/core. `bench` is a top-level tool like
 * src/cli. Nothing imports `test/` or `bench/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(root, p)).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

interface ImportRef {
  readonly spec: string;
  /** `import type …`, `export type …`, every named binding `type`, or an `import('…').T` type query: erased at runtime. */
  readonly typeOnly: boolean;
  readonly kind: 'static' | 'dynamic';
}

const literal = (n: ts.Node | undefined): string | undefined =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;

/** Every import specifier of one source text, parsed by the TypeScript compiler (no regular expressions). */
function importsOf(fileName: string, text: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: ImportRef[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n)) {
      const spec = literal(n.moduleSpecifier);
      const c = n.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : undefined;
      const typeOnly =
        !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      if (spec !== undefined) out.push({ spec, typeOnly, kind: 'static' });
    } else if (ts.isExportDeclaration(n)) {
      const spec = literal(n.moduleSpecifier);
      const named = n.exportClause && ts.isNamedExports(n.exportClause) ? n.exportClause.elements : undefined;
      const typeOnly = n.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly));
      if (spec !== undefined) out.push({ spec, typeOnly, kind: 'static' });
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) {
      const spec = literal(n.moduleReference.expression);
      if (spec !== undefined) out.push({ spec, typeOnly: n.isTypeOnly, kind: 'static' });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const spec = literal(n.arguments[0]);
      if (spec !== undefined) out.push({ spec, typeOnly: false, kind: 'dynamic' });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) {
      const spec = literal(n.argument.literal);
      if (spec !== undefined) out.push({ spec, typeOnly: true, kind: 'dynamic' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The layer of a repository path: `src/<dir>` inside src, else the top-level folder (or file). */
function layerOf(path: string): string {
  const parts = normalize(path).split('/');
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : parts[0];
}

const below = {
  core: ['src/core'],
  numeric: ['src/core', 'src/types', 'src/numeric'],
  proofs: ['src/core', 'src/types', 'src/numeric', 'proofs-check'],
  experiments: ['src/core', 'src/types', 'src/numeric', 'experiments'],
} as const;
const underTheorems = [...new Set([...below.proofs, ...below.experiments, 'theorems'])];
const everything = [
  ...underTheorems,
  'src/registry',
  'src/runner',
  'src/report',
  'src/falsify',
  'src/claimfile',
  'src/cli',
];

/**
 * For each layer: the layers its files may import (values and types), and those it may import for
 * types only. Registry, runner and report are siblings: none imports another, except that report
 * reads the result-store record types of runner (`import type`); none imports src/cli.
 */
const rules: Readonly<Record<string, { readonly may: readonly string[]; readonly typesOnly?: readonly string[] }>> = {
  'src/types': { may: ['src/types'] },
  'src/core': { may: below.core },
  'src/numeric': { may: below.numeric },
  'proofs-check': { may: below.proofs },
  experiments: { may: below.experiments },
  theorems: { may: underTheorems },
  'src/registry': { may: [...underTheorems, 'src/registry'] },
  'src/runner': { may: [...underTheorems, 'src/runner'] },
  'src/report': { may: [...underTheorems, 'src/report'], typesOnly: ['src/runner', 'src/falsify'] },
  'src/falsify': { may: ['src/core', 'src/falsify'] },
  // claim files compile to theorem modules: the theorems' layers, the falsify driver (bound files) and their JSON Schema
  'src/claimfile': { may: [...underTheorems, 'src/falsify', 'src/claimfile', 'schema'] },
  'src/cli': { may: everything },
  bench: { may: [...everything, 'bench'] },
};

/** Every back-edge of `file`'s imports, as `file → specifier (layer → layer[, why])`. */
function violations(file: string, refs: readonly ImportRef[]): string[] {
  const from = layerOf(file);
  const rule = rules[from];
  if (!rule) return [`${file}: not in any layer of the map`];
  const bad: string[] = [];
  for (const r of refs) {
    if (!r.spec.startsWith('.')) continue; // packages: checked by the third-party rules below
    const target = relative(root, join(root, dirname(file), r.spec));
    const to = layerOf(target);
    if (target.startsWith('..')) bad.push(`${file} → ${r.spec} (${from} → outside the repository)`);
    else if (rule.may.includes(to)) continue;
    else if (rule.typesOnly?.includes(to)) {
      if (!r.typeOnly) bad.push(`${file} → ${r.spec} (${from} → ${to}: types only, use \`import type\`)`);
    } else bad.push(`${file} → ${r.spec} (${from} → ${to}${r.kind === 'dynamic' ? ', dynamic import' : ''})`);
  }
  return bad;
}

const sourceDirs = ['src', 'theorems', 'proofs-check', 'experiments', 'bench'];
const allFiles = sourceDirs.flatMap(files);
const parsed = new Map<string, ImportRef[]>();
const refsOf = (f: string): ImportRef[] =>
  parsed.get(f) ?? (parsed.set(f, importsOf(f, readFileSync(join(root, f), 'utf8'))), parsed.get(f)!);

describe('architecture', () => {
  it('should forbid every back-edge of the layer map (static, type and dynamic imports)', () => {
    expect(allFiles.length).toBeGreaterThan(50);
    const bad = allFiles.flatMap((f) => violations(f, refsOf(f)));
    expect(bad, `back-edges:\n${bad.join('\n')}`).toEqual([]);
  });

  it('should see the cross-layer edges the code has today (the scan reaches dynamic and type imports)', () => {
    const edges = new Set(
      allFiles.flatMap((f) =>
        refsOf(f)
          .filter((r) => r.spec.startsWith('.'))
          .map(
            (r) =>
              `${layerOf(f)} → ${layerOf(relative(root, join(root, dirname(f), r.spec)))}${r.kind === 'dynamic' ? ' (dynamic)' : ''}`,
          ),
      ),
    );
    for (const e of [
      'src/cli → theorems (dynamic)',
      'theorems → experiments (dynamic)',
      'src/numeric → src/core',
      'src/report → src/runner',
      'theorems → proofs-check',
    ])
      expect(edges, e).toContain(e);
  });

  it('should report each kind of back-edge it is meant to catch (the checker can fail)', () => {
    const check = (file: string, text: string) => violations(file, importsOf(file, text));
    expect(check('src/core/x.ts', "import { main } from '../cli/main.js';")).toEqual([
      'src/core/x.ts → ../cli/main.js (src/core → src/cli)',
    ]);
    expect(check('src/core/x.ts', "import type { T } from '../numeric/ode/index.js';")).toHaveLength(1);
    expect(check('src/core/x.ts', "import '../types/odex.js';")).toHaveLength(1);
    expect(check('src/numeric/x.ts', "export { y } from '../../proofs-check/index.js';")).toHaveLength(1);
    expect(check('src/numeric/x.ts', "const m = await import(\n  '../../experiments/check.js'\n);")).toEqual([
      'src/numeric/x.ts → ../../experiments/check.js (src/numeric → experiments, dynamic import)',
    ]);
    expect(check('proofs-check/x.ts', "let t: import('../experiments/check.js').X;")).toHaveLength(1);
    expect(check('experiments/x.ts', 'const t = import(`../theorems/index.js`);')).toHaveLength(1);
    for (const up of [
      '../src/registry/resolve.js',
      '../src/runner/run.js',
      '../src/report/table.js',
      '../src/cli/main.js',
      '../proofs-check/index.js',
    ])
      expect(check('experiments/x.ts', `import { a } from '${up}';`), up).toHaveLength(1);
    for (const up of [
      '../../src/registry/resolve.js',
      '../../src/runner/run.js',
      '../../src/report/table.js',
      '../../src/cli/main.js',
    ])
      expect(check('theorems/m/x.ts', `import {\n  a,\n  b,\n} from '${up}';`), up).toHaveLength(1);
    for (const [file, spec] of [
      ['src/runner/x.ts', '../report/table.js'],
      ['src/runner/x.ts', '../registry/resolve.js'],
      ['src/registry/x.ts', '../runner/run.js'],
      ['src/report/x.ts', '../registry/resolve.js'],
      ['src/report/x.ts', '../cli/io.js'],
      ['src/runner/x.ts', '../cli/io.js'],
      ['src/registry/x.ts', '../cli/io.js'],
      ['src/cli/x.ts', '../../test/helpers/fake-io.js'],
      ['src/cli/x.ts', '../../bench/run.js'],
    ]) {
      expect(check(file, `import { a } from '${spec}';`), `${file} → ${spec}`).toHaveLength(1);
    }
    expect(check('src/report/x.ts', "import { openStore } from '../runner/store.js';")).toEqual([
      'src/report/x.ts → ../runner/store.js (src/report → src/runner: types only, use `import type`)',
    ]);
    expect(check('src/report/x.ts', "import { type StoredRecord, openStore } from '../runner/store.js';")).toHaveLength(
      1,
    );
    // allowed edges
    expect(
      check(
        'src/report/x.ts',
        "import type { StoredRecord } from '../runner/store.js';\nimport { type A } from '../runner/store.js';",
      ),
    ).toEqual([]);
    expect(
      check(
        'theorems/m/x.ts',
        "import { a } from '../../experiments/check.js';\nimport { b } from '../../proofs-check/index.js';\nimport { c } from './y.js';",
      ),
    ).toEqual([]);
    expect(check('src/cli/x.ts', "const t = await import('../../theorems/index.js');")).toEqual([]);
    expect(check('src/numeric/x.ts', "import type { OdexModule } from '../types/odex.js';")).toEqual([]);
  });

  it('should keep src/core free of project and third-party imports', () => {
    for (const f of files('src/core'))
      for (const { spec } of refsOf(f))
        expect(spec.startsWith('./') || spec.startsWith('node:'), `${f} imports ${spec}`).toBe(true);
  });
  it('should keep src/numeric free of tfjs, nerdamer, node:fs and upper layers', () => {
    for (const f of files('src/numeric')) {
      for (const { spec } of refsOf(f)) {
        const r = spec.startsWith('.') ? relative(root, join(root, f, '..', spec)) : spec;
        expect(
          /tensorflow|nerdamer|^node:fs|^proofs-check|^experiments|^theorems|^src\/(cli|runner|report|registry)/.test(
            r,
          ),
          `${f} imports ${spec}`,
        ).toBe(false);
      }
    }
  });
  it('should never let one theorem folder import another', () => {
    // the paper registry imports each paper, and a paper's file may live in its module's folder
    const registries = new Set(['theorems/papers/registry.ts']);
    for (const f of files('theorems').filter((x) => x.split('/').length > 2 && !registries.has(x))) {
      const own = f.split('/')[1];
      for (const { spec } of refsOf(f)) {
        const r = spec.startsWith('.') ? relative(root, join(root, f, '..', spec)) : '';
        if (r.startsWith('theorems/')) expect(r.split('/')[1], `${f} imports ${spec}`).toBe(own);
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
