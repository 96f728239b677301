/**
 * Regression baselines: every measured value of a run, with its verdict and tolerances, as small stable
 * JSON (`schema: 'optverify/baseline'`, `schemaVersion: 1`); and the comparison of a rerun against it.
 * Pure: the CLI command runs the theorems and does the I/O.
 *
 * Backends. A training-backed check's numbers depend on the tensor backend (float32 kernels differ:
 * cpu moves a transformer statistic by tens of percent against wasm). A baseline records the backend
 * of the run (`backend`) and of each training-backed check (`checks[].backend`, null for float64
 * checks): optional fields, added without a version bump (README, *Schemas and versions*). `check` compares a training-backed check only against a baseline recorded on the same
 * backend; on another backend it is listed as "not compared" with both names — never a pass, never a
 * failure. Keep one baseline file per backend to check each (e.g. baselines/quick.json for wasm,
 * baselines/quick-cpu.json saved with `--backend cpu`). Files saved before backends were recorded (no
 * backend fields) are read as recorded on wasm, which is what they were recorded on.
 */
import type { CheckResult, Report } from '../core/result.js';
import type { Budget, TheoremModule } from '../core/theorem.js';
import type { StoredRecord } from '../runner/store.js';
import type { CachedReport } from './from-store.js';
import { budgets } from '../core/theorem.js';
import type { Tolerance } from '../core/tolerance.js';
import { backendOrder } from '../../experiments/backend-names.js';

export const baselineSchemaVersion = 1;
/** The backend a baseline saved before backends were recorded (no backend fields) was recorded on. */
export const legacyBackend = 'wasm';
/** Relative drift allowed when the claim declares none. */
export const defaultDrift = 1e-9;
/** Absolute floor under every drift tolerance: values this close are the same number. */
export const driftFloor = 1e-15;

/** What to rerun: the selection as the user named it. */
export type Selection =
  | { readonly kind: 'all' }
  | { readonly kind: 'paper'; readonly key: string }
  | { readonly kind: 'theorems'; readonly ids: readonly string[] };

export interface BaselineCheck {
  readonly theorem: string;
  readonly check: string;
  readonly layer: string;
  readonly status: 'pass' | 'fail' | 'skip' | 'error';
  readonly informational: boolean;
  /** null for skip/error; a non-finite value is stored as its string ("NaN", "Infinity"). */
  readonly measured: number | string | null;
  readonly expected: number | null;
  readonly tolerance: Tolerance | null;
  /** The declared drift (relative) at save time; null when the claim declares none (default applies). */
  readonly drift: number | null;
  readonly method: string | null;
  readonly source: string | null;
  /** The run key (version, settings, expectation hash): a different key on check means inputs changed. */
  readonly key: string;
  /**
   * The tensor backend of a training-backed check (from its `detail.backend`, e.g. "wasm"); null for a
   * float64 check or one that did not run. Absent in files saved before backends were recorded (read as `legacyBackend`).
   */
  readonly backend?: string | null;
}

export interface Baseline {
  readonly schema: 'optverify/baseline';
  readonly schemaVersion: number;
  readonly selection: Selection;
  readonly seed: number;
  readonly budget: Budget;
  readonly provenance: {
    readonly optverify: string;
    readonly node: string;
    readonly platform: string;
    readonly versions: Readonly<Record<string, string>>;
  };
  /** The tensor backend(s) the training-backed checks used ("wasm"; "wasm, cpu" if several); null when none trained. Absent in older files. */
  readonly backend?: string | null;
  readonly checks: readonly BaselineCheck[];
}

type KeyOf = (mod: TheoremModule, check: string) => string;
const numOrString = (x: number): number | string => (Number.isFinite(x) ? x : String(x));

/**
 * The backend name in a `detail.backend` description ("wasm (SIMD on; …) — skipped tensorflow-gpu: …"
 * → "wasm"): its leading known backend name, else its first word.
 */
export function backendName(description: string): string {
  const d = description.trim();
  // longest first: "tensorflow-gpu" before "tensorflow"
  for (const n of [...backendOrder].sort((a, b) => b.length - a.length))
    if (d === n || d.startsWith(`${n} `) || d.startsWith(`${n},`) || d.startsWith(`${n};`)) return n;
  return d.split(/[\s,;(]/)[0] || d;
}

/** The backend a check of `base` was recorded on: its own field, else the file's, else (older files) wasm. */
export function recordedBackend(base: Pick<Baseline, 'backend'>, c: BaselineCheck): string | null {
  if (c.backend !== undefined) return c.backend;
  if (base.backend !== undefined) return base.backend;
  return legacyBackend;
}

/** One result as a baseline records it (`drift`: the claim's declared drift; `key`: the run key). */
export function baselineCheck(r: CheckResult, drift: number | null, key: string): BaselineCheck {
  const judged = r.status === 'pass' || r.status === 'fail' ? r : null;
  return {
    theorem: r.theorem,
    check: r.name,
    layer: r.layer,
    status: r.status,
    informational: r.informational,
    measured: judged ? numOrString(judged.measured) : null,
    expected: judged ? judged.expected : null,
    tolerance: judged ? judged.tolerance : null,
    drift,
    method: judged ? judged.method : null,
    source: judged ? judged.source : null,
    key,
    backend: judged && typeof judged.detail?.backend === 'string' ? backendName(judged.detail.backend) : null,
  };
}

const byTheoremThenCheck = (a: BaselineCheck, b: BaselineCheck): number =>
  a.theorem === b.theorem ? (a.check < b.check ? -1 : 1) : a.theorem < b.theorem ? -1 : 1;

/** Build a baseline from a finished report (checks sorted by theorem, then check name). */
export function makeBaseline(
  report: Report,
  mods: readonly TheoremModule[],
  selection: Selection,
  keyOf: KeyOf,
): Baseline {
  const byId = new Map(mods.map((m) => [m.claim.id, m]));
  const checks = report.theorems.flatMap((t) =>
    t.checks.map((r): BaselineCheck => {
      const mod = byId.get(t.id)!;
      return baselineCheck({ ...r, theorem: t.id }, mod.claim.expectations[r.name]?.drift ?? null, keyOf(mod, r.name));
    }),
  );
  checks.sort(byTheoremThenCheck);
  const e = report.environment;
  const used = [...new Set(checks.flatMap((c) => (c.backend ? [c.backend] : [])))];
  return {
    schema: 'optverify/baseline',
    schemaVersion: baselineSchemaVersion,
    selection,
    seed: e.seed,
    budget: e.budget as Budget,
    provenance: { optverify: e.optverify, node: e.node, platform: e.platform, versions: e.versions },
    backend: used.length > 0 ? used.join(', ') : null,
    checks,
  };
}

/** JSON with object keys sorted at every level, two-space indent, trailing newline: stable diffs. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Parse and validate a baseline file's text; throws an Error naming what is wrong. */
export function parseBaseline(text: string): Baseline {
  const b = JSON.parse(text) as Partial<Baseline>;
  if (b.schema !== 'optverify/baseline')
    throw new Error(`not an optverify baseline (schema = ${JSON.stringify(b.schema)})`);
  if (b.schemaVersion !== baselineSchemaVersion)
    throw new Error(
      `baseline schemaVersion ${b.schemaVersion} is not supported (this optverify reads ${baselineSchemaVersion}); regenerate it with \`verify baseline save\``,
    );
  if (!Array.isArray(b.checks) || !b.selection) throw new Error('baseline lacks checks or selection');
  const problem = baselineProblem(b as Record<string, unknown>);
  if (problem) throw new Error(problem);
  return b as Baseline;
}

type Rule = readonly [test: (v: unknown) => boolean, what: string];
const isString = (v: unknown): boolean => typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number';
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const orNull = ([test, what]: Rule): Rule => [(v) => v === null || test(v), `${what} or null`];
const text: Rule = [isString, 'a string'];
const checkRules: Readonly<Record<string, Rule>> = {
  theorem: text,
  check: text,
  layer: text,
  key: text,
  status: [(v) => v === 'pass' || v === 'fail' || v === 'skip' || v === 'error', 'pass, fail, skip or error'],
  informational: [(v) => typeof v === 'boolean', 'true or false'],
  measured: orNull([(v) => isNumber(v) || isString(v), 'a number or a string']),
  expected: orNull([isNumber, 'a number']),
  tolerance: orNull([isObject, 'an object']),
  drift: orNull([isNumber, 'a number']),
  method: orNull(text),
  source: orNull(text),
};
const selectionRules: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  all: {},
  paper: { key: text },
  theorems: { ids: [(v) => Array.isArray(v) && v.length > 0 && v.every(isString), 'a non-empty list of strings'] },
};

/** The first field of `o` that breaks its rule, as `where.field: expected …, got …`; extra fields are allowed. */
function fieldProblem(where: string, o: Record<string, unknown>, rules: Readonly<Record<string, Rule>>): string | null {
  for (const [field, [test, what]] of Object.entries(rules))
    if (!test(o[field])) return `${where}${field}: expected ${what}, got ${JSON.stringify(o[field]) ?? 'nothing'}`;
  return null;
}

/** What is wrong with a parsed baseline's fields (one line), or null when every field has its type. */
export function baselineProblem(b: Record<string, unknown>): string | null {
  if (!Number.isSafeInteger(b.seed) || (b.seed as number) < 0)
    return `seed: expected a non-negative integer, got ${JSON.stringify(b.seed) ?? 'nothing'}`;
  if (!(budgets as readonly unknown[]).includes(b.budget))
    return `budget: expected one of ${budgets.join(', ')}, got ${JSON.stringify(b.budget) ?? 'nothing'}`;
  const sel = b.selection as Record<string, unknown>;
  const selRules = isObject(sel) && typeof sel.kind === 'string' ? selectionRules[sel.kind] : undefined;
  if (!selRules) return `selection: expected {"kind": "all" | "paper" | "theorems", …}, got ${JSON.stringify(sel)}`;
  const selProblem = fieldProblem('selection.', sel, selRules);
  if (selProblem) return selProblem;
  const checks = b.checks as unknown[];
  for (const [i, c] of checks.entries()) {
    if (!isObject(c)) return `checks[${i}]: expected an object, got ${JSON.stringify(c)}`;
    const p = fieldProblem(`checks[${i}].`, c as Record<string, unknown>, checkRules);
    if (p) return p;
  }
  return null;
}

/** `not-compared`: a training-backed check run on another backend than the baseline's (neither pass nor fail). */
export type DiffKind = 'ok' | 'drift' | 'verdict' | 'disappeared' | 'new' | 'not-compared';

export interface DiffRow {
  readonly theorem: string;
  readonly check: string;
  readonly kind: DiffKind;
  readonly baseline: string;
  readonly now: string;
  /** |now − baseline| (absolute), when both are finite numbers. */
  readonly drift: number | null;
  /** The allowed absolute drift. */
  readonly allowed: number | null;
  /** The relative drift the comparison used (`--rtol`, else the claim's declared drift, else the default). */
  readonly rtol: number | null;
  /** Why a check was not compared (`not-compared`), e.g. "baseline recorded on wasm, this run used cpu: not compared". */
  readonly note: string | null;
  /** The run key differs from the baseline's (code, settings or expectation changed). */
  readonly keyChanged: boolean;
  readonly failing: boolean;
}

/** Enough digits to see a drift: the shortest round-trip form, capped at 12 significant digits. */
const shortest = (x: number): string => (String(x).length <= 14 ? String(x) : Number(x.toPrecision(12)).toString());
const show = (status: string, m: number | string | null): string =>
  m === null ? status : `${status} ${typeof m === 'number' ? shortest(m) : m}`;

/**
 * Compare a rerun with the baseline. Fails on: a verdict change, a measured value moved by more than
 * `rtol·|baseline| + driftFloor` (rtol = `opts.rtol` ?? declared drift ?? 1e-9), a baseline check that
 * disappeared. A check new since the baseline is listed, not failing.
 */
export function compareBaseline(
  base: Baseline,
  report: Report,
  mods: readonly TheoremModule[],
  keyOf: KeyOf,
  opts: { rtol?: number } = {},
): DiffRow[] {
  return compareChecks(base, makeBaseline(report, mods, base.selection, keyOf).checks, opts);
}

/** `compareBaseline` on checks already in baseline form (a rerun's, or those read from a result store). */
export function compareChecks(
  base: Pick<Baseline, 'checks' | 'backend'>,
  nowChecks: readonly BaselineCheck[],
  opts: { rtol?: number } = {},
): DiffRow[] {
  const now = { checks: nowChecks };
  const nowBy = new Map(now.checks.map((c) => [`${c.theorem}/${c.check}`, c]));
  const seen = new Set<string>();
  const rows: DiffRow[] = [];
  for (const b of base.checks) {
    const id = `${b.theorem}/${b.check}`;
    seen.add(id);
    const n = nowBy.get(id);
    if (!n) {
      rows.push({
        theorem: b.theorem,
        check: b.check,
        kind: 'disappeared',
        baseline: show(b.status, b.measured),
        now: '(absent)',
        drift: null,
        allowed: null,
        rtol: null,
        note: null,
        keyChanged: false,
        failing: true,
      });
      continue;
    }
    // a training-backed check is compared only with a baseline recorded on the same backend
    const was = recordedBackend(base, b);
    if (n.backend && was !== null && n.backend !== was) {
      const note = `baseline recorded on ${was}, this run used ${n.backend}: not compared`;
      rows.push({
        theorem: b.theorem,
        check: b.check,
        kind: 'not-compared',
        baseline: show(b.status, b.measured),
        now: show(n.status, n.measured),
        drift: null,
        allowed: null,
        rtol: null,
        note,
        keyChanged: false,
        failing: false,
      });
      continue;
    }
    const rtol = opts.rtol ?? n.drift ?? b.drift ?? defaultDrift;
    let drift: number | null = null;
    let allowed: number | null = null;
    let moved = false;
    if (typeof b.measured === 'number' && typeof n.measured === 'number') {
      drift = Math.abs(n.measured - b.measured);
      allowed = rtol * Math.abs(b.measured) + driftFloor;
      moved = !(drift <= allowed);
    } else moved = b.measured !== n.measured; // null/non-finite: must match exactly
    const verdict = b.status !== n.status;
    const kind: DiffKind = verdict ? 'verdict' : moved ? 'drift' : 'ok';
    rows.push({
      theorem: b.theorem,
      check: b.check,
      kind,
      baseline: show(b.status, b.measured),
      now: show(n.status, n.measured),
      drift,
      allowed,
      rtol,
      note: null,
      keyChanged: b.key !== n.key,
      failing: kind !== 'ok',
    });
  }
  for (const n of now.checks) {
    if (!seen.has(`${n.theorem}/${n.check}`))
      rows.push({
        theorem: n.theorem,
        check: n.check,
        kind: 'new',
        baseline: '(absent)',
        now: show(n.status, n.measured),
        drift: null,
        allowed: null,
        rtol: null,
        note: null,
        keyChanged: false,
        failing: false,
      });
  }
  return rows;
}

/** The diff table: every changed, vanished or new check (every check with `all`), then a verdict line. */
export function renderDiff(rows: readonly DiffRow[], opts: { all?: boolean } = {}): string {
  const shown = rows.filter((r) => opts.all || r.kind !== 'ok');
  const fmt = (x: number | null): string => (x === null ? '—' : x.toExponential(2));
  const result = (r: DiffRow): string =>
    r.kind === 'not-compared'
      ? (r.note ?? 'not compared')
      : [r.failing ? 'FAIL' : 'ok', r.kind === 'ok' ? '' : r.kind, r.keyChanged ? '(inputs changed)' : '']
          .filter(Boolean)
          .join(' ');
  const table = [
    ['check', 'baseline', 'now', 'drift', 'allowed', 'result'],
    ...shown.map((r) => [`${r.theorem}/${r.check}`, r.baseline, r.now, fmt(r.drift), fmt(r.allowed), result(r)]),
  ];
  const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
  const lines =
    shown.length > 0
      ? table.map((r) =>
          r
            .map((c, j) => c.padEnd(widths[j]))
            .join('  ')
            .trimEnd(),
        )
      : [];
  const failing = rows.filter((r) => r.failing).length;
  const added = rows.filter((r) => r.kind === 'new').length;
  const inputs = rows.filter((r) => r.keyChanged).length;
  const skipped = rows.filter((r) => r.kind === 'not-compared');
  const compared = rows.length - added - skipped.length;
  const notCompared =
    skipped.length > 0
      ? `; ${skipped.length} not compared (${[...new Set(skipped.map((r) => (r.note ?? '').replace(/: not compared$/, '')))].join('; ')})`
      : '';
  lines.push(
    failing > 0
      ? `baseline check FAILED: ${failing} of ${compared} baseline checks changed${added ? `; ${added} new` : ''}${notCompared}`
      : `baseline check passed: ${compared} checks within their drift tolerance${added ? `; ${added} new (not in the baseline)` : ''}${notCompared}`,
  );
  if (skipped.length > 0)
    lines.push(
      `note: checks run on another backend are not judged against this baseline; rerun with the baseline's backend (--backend), or save a baseline for this backend in its own file`,
    );
  if (inputs > 0)
    lines.push(
      `note: ${inputs} checks ran with changed inputs (version, settings or expectation); after review, refresh with \`verify baseline save\``,
    );
  return lines.join('\n');
}

/** What a PR diff compares against: a baseline file, or a base branch's result store read as one. */
export type BaseChecks = Pick<Baseline, 'checks' | 'backend'>;

/**
 * A base result store as a baseline: the latest record of each check of `mods`, whatever its key (the
 * base branch's code has other keys). Keys are the records' own.
 */
export function baseFromRecords(records: readonly StoredRecord[], mods: readonly TheoremModule[]): BaseChecks {
  const latest = new Map<string, StoredRecord>();
  for (const r of records) latest.set(`${r.result.theorem}/${r.result.name}`, r);
  const checks = mods.flatMap((m) =>
    m.checks.flatMap((c) => {
      const r = latest.get(`${m.claim.id}/${c.name}`);
      return r ? [baselineCheck(r.result, m.claim.expectations[c.name]?.drift ?? null, r.key)] : [];
    }),
  );
  return { checks: checks.sort(byTheoremThenCheck) };
}

/** The diff of a cached report against a base: what a PR comment lists. */
export interface CachedDiff {
  /** Verdicts flipped, values moved beyond their drift, checks gone or new (never `ok` rows). */
  readonly changed: readonly DiffRow[];
  /** Checks of the base compared and found unchanged or changed (not counting new ones). */
  readonly compared: number;
  /** Base checks whose result in the store is stale or missing: nothing current to compare. */
  readonly notCurrent: readonly string[];
  /** Training-backed checks recorded on another backend than the base's (see the module comment). */
  readonly notCompared: readonly DiffRow[];
}

/**
 * Compare the fresh results of `cached` with `base` (restricted to the theorems the report shows), with
 * each claim's declared drift. A base check whose result is stale or missing is listed apart, not as gone.
 */
export function diffCached(
  base: BaseChecks,
  cached: CachedReport,
  mods: readonly TheoremModule[],
  keyOf: (mod: TheoremModule, check: string, seed: number, budget: Budget) => string,
): CachedDiff {
  const byId = new Map(mods.map((m) => [m.claim.id, m]));
  const shown = new Set(cached.theorems.map((t) => t.id));
  const now: BaselineCheck[] = [];
  const notCurrent = new Set<string>();
  for (const t of cached.theorems)
    for (const c of t.checks) {
      const mod = byId.get(t.id);
      if (!mod) continue;
      if (c.freshness !== 'fresh' || !c.result || !c.budget) notCurrent.add(`${t.id}/${c.name}`);
      else {
        const drift = mod.claim.expectations[c.name]?.drift ?? null;
        now.push(baselineCheck({ ...c.result, theorem: t.id }, drift, keyOf(mod, c.name, cached.seed, c.budget)));
      }
    }
  const rows = compareChecks({ ...base, checks: base.checks.filter((c) => shown.has(c.theorem)) }, now);
  const stillThere = (r: DiffRow): boolean => !(r.kind === 'disappeared' && notCurrent.has(`${r.theorem}/${r.check}`));
  return {
    changed: rows.filter((r) => r.kind !== 'ok' && r.kind !== 'not-compared' && stillThere(r)),
    compared: rows.filter((r) => r.kind !== 'new' && r.kind !== 'not-compared' && stillThere(r)).length,
    notCurrent: rows.filter((r) => !stillThere(r)).map((r) => `${r.theorem}/${r.check}`),
    notCompared: rows.filter((r) => r.kind === 'not-compared'),
  };
}
