/**
 * Regression baselines: every measured value of a run, with its verdict and tolerances, as small stable
 * JSON (`schema: 'optverify/baseline'`, `schemaVersion: 1`); and the comparison of a rerun against it.
 * Pure: the CLI command runs the theorems and does the I/O.
 */
import type { Report } from '../core/result.js';
import type { Budget, TheoremModule } from '../core/theorem.js';
import type { Tolerance } from '../core/tolerance.js';

export const baselineSchemaVersion = 1;
/** Relative drift allowed when the claim declares none. */
export const defaultDrift = 1e-9;
/** Absolute floor under every drift tolerance: values this close are the same number. */
export const driftFloor = 1e-15;

/** What to rerun: the selection as the user named it. */
export type Selection = { readonly kind: 'all' } | { readonly kind: 'paper'; readonly key: string } | { readonly kind: 'theorems'; readonly ids: readonly string[] };

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
}

export interface Baseline {
  readonly schema: 'optverify/baseline';
  readonly schemaVersion: number;
  readonly selection: Selection;
  readonly seed: number;
  readonly budget: Budget;
  readonly provenance: { readonly optverify: string; readonly node: string; readonly platform: string; readonly versions: Readonly<Record<string, string>> };
  readonly checks: readonly BaselineCheck[];
}

type KeyOf = (mod: TheoremModule, check: string) => string;
const numOrString = (x: number): number | string => (Number.isFinite(x) ? x : String(x));

/** Build a baseline from a finished report (checks sorted by theorem, then check name). */
export function makeBaseline(report: Report, mods: readonly TheoremModule[], selection: Selection, keyOf: KeyOf): Baseline {
  const byId = new Map(mods.map((m) => [m.claim.id, m]));
  const checks = report.theorems.flatMap((t) =>
    t.checks.map((r): BaselineCheck => {
      const mod = byId.get(t.id)!;
      const judged = r.status === 'pass' || r.status === 'fail' ? r : null;
      return {
        theorem: t.id,
        check: r.name,
        layer: r.layer,
        status: r.status,
        informational: r.informational,
        measured: judged ? numOrString(judged.measured) : null,
        expected: judged ? judged.expected : null,
        tolerance: judged ? judged.tolerance : null,
        drift: mod.claim.expectations[r.name]?.drift ?? null,
        method: judged ? judged.method : null,
        source: judged ? judged.source : null,
        key: keyOf(mod, r.name),
      };
    }),
  );
  checks.sort((a, b) => (a.theorem === b.theorem ? (a.check < b.check ? -1 : 1) : a.theorem < b.theorem ? -1 : 1));
  const e = report.environment;
  return {
    schema: 'optverify/baseline',
    schemaVersion: baselineSchemaVersion,
    selection,
    seed: e.seed,
    budget: e.budget as Budget,
    provenance: { optverify: e.optverify, node: e.node, platform: e.platform, versions: e.versions },
    checks,
  };
}

/** JSON with object keys sorted at every level, two-space indent, trailing newline: stable diffs. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Parse and validate a baseline file's text; throws an Error naming what is wrong. */
export function parseBaseline(text: string): Baseline {
  const b = JSON.parse(text) as Partial<Baseline>;
  if (b.schema !== 'optverify/baseline') throw new Error(`not an optverify baseline (schema = ${JSON.stringify(b.schema)})`);
  if (b.schemaVersion !== baselineSchemaVersion) throw new Error(`baseline schemaVersion ${b.schemaVersion} is not supported (this optverify reads ${baselineSchemaVersion}); regenerate it with \`verify baseline save\``);
  if (!Array.isArray(b.checks) || !b.selection) throw new Error('baseline lacks checks or selection');
  return b as Baseline;
}

export type DiffKind = 'ok' | 'drift' | 'verdict' | 'disappeared' | 'new';

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
  /** The run key differs from the baseline's (code, settings or expectation changed). */
  readonly keyChanged: boolean;
  readonly failing: boolean;
}

/** Enough digits to see a drift: the shortest round-trip form, capped at 12 significant digits. */
const shortest = (x: number): string => (String(x).length <= 14 ? String(x) : Number(x.toPrecision(12)).toString());
const show = (status: string, m: number | string | null): string => (m === null ? status : `${status} ${typeof m === 'number' ? shortest(m) : m}`);

/**
 * Compare a rerun with the baseline. Fails on: a verdict change, a measured value moved by more than
 * `rtol·|baseline| + driftFloor` (rtol = `opts.rtol` ?? declared drift ?? 1e-9), a baseline check that
 * disappeared. A check new since the baseline is listed, not failing.
 */
export function compareBaseline(base: Baseline, report: Report, mods: readonly TheoremModule[], keyOf: KeyOf, opts: { rtol?: number } = {}): DiffRow[] {
  const now = makeBaseline(report, mods, base.selection, keyOf);
  const nowBy = new Map(now.checks.map((c) => [`${c.theorem}/${c.check}`, c]));
  const seen = new Set<string>();
  const rows: DiffRow[] = [];
  for (const b of base.checks) {
    const id = `${b.theorem}/${b.check}`;
    seen.add(id);
    const n = nowBy.get(id);
    if (!n) {
      rows.push({ theorem: b.theorem, check: b.check, kind: 'disappeared', baseline: show(b.status, b.measured), now: '(absent)', drift: null, allowed: null, keyChanged: false, failing: true });
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
    rows.push({ theorem: b.theorem, check: b.check, kind, baseline: show(b.status, b.measured), now: show(n.status, n.measured), drift, allowed, keyChanged: b.key !== n.key, failing: kind !== 'ok' });
  }
  for (const n of now.checks) {
    if (!seen.has(`${n.theorem}/${n.check}`)) rows.push({ theorem: n.theorem, check: n.check, kind: 'new', baseline: '(absent)', now: show(n.status, n.measured), drift: null, allowed: null, keyChanged: false, failing: false });
  }
  return rows;
}

/** The diff table: every changed, vanished or new check (every check with `all`), then a verdict line. */
export function renderDiff(rows: readonly DiffRow[], opts: { all?: boolean } = {}): string {
  const shown = rows.filter((r) => opts.all || r.kind !== 'ok');
  const fmt = (x: number | null): string => (x === null ? '—' : x.toExponential(2));
  const result = (r: DiffRow): string => [r.failing ? 'FAIL' : 'ok', r.kind === 'ok' ? '' : r.kind, r.keyChanged ? '(inputs changed)' : ''].filter(Boolean).join(' ');
  const table = [['check', 'baseline', 'now', 'drift', 'allowed', 'result'], ...shown.map((r) => [`${r.theorem}/${r.check}`, r.baseline, r.now, fmt(r.drift), fmt(r.allowed), result(r)])];
  const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
  const lines = shown.length > 0 ? table.map((r) => r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd()) : [];
  const failing = rows.filter((r) => r.failing).length;
  const added = rows.filter((r) => r.kind === 'new').length;
  const inputs = rows.filter((r) => r.keyChanged).length;
  const compared = rows.length - added;
  lines.push(
    failing > 0
      ? `baseline check FAILED: ${failing} of ${compared} baseline checks changed${added ? `; ${added} new` : ''}`
      : `baseline check passed: ${compared} checks within their drift tolerance${added ? `; ${added} new (not in the baseline)` : ''}`,
  );
  if (inputs > 0) lines.push(`note: ${inputs} checks ran with changed inputs (version, settings or expectation); after review, refresh with \`verify baseline save\``);
  return lines.join('\n');
}
