/**
 * Read a claim file (YAML or JSON), validate it against schema/claim.schema.json, then check what a schema
 * cannot say: every expression parses and reads only declared names, ranges are ordered, the scope lies
 * in the search domain, mutants replace fields of their shape. Every problem is one ClaimFileError
 * naming the file, the JSON pointer and why.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ClaimFileError } from './errors.js';
import { expressionProblem } from './expr.js';
import { schemaProblem } from './schema.js';
import type {
  Box,
  BoundShape,
  ClaimFile,
  Definitions,
  IdentityShape,
  MutableField,
  OrderShape,
  Shape,
} from './types.js';

/** The expression fields a mutant of each shape may replace. */
export const mutableFields: Readonly<Record<Shape, readonly MutableField[]>> = {
  identity: ['lhs', 'rhs'],
  order: ['remainder'],
  bound: ['lhs', 'rhs'],
};

type Fail = (pointer: string, why: string) => never;

export function readClaimFile(path: string, shown = path): ClaimFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ClaimFileError(
      shown,
      '',
      `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  return parseClaimFile(text, shown);
}

/** Parse and validate the text of a claim file (`file` names it in errors). */
export function parseClaimFile(text: string, file: string): ClaimFile {
  const fail: Fail = (pointer, why) => {
    throw new ClaimFileError(file, pointer, why);
  };
  let doc: unknown;
  try {
    doc = parseYaml(text, { uniqueKeys: true });
  } catch (err) {
    // the first line of a YAML error names the position ("… at line 3, column 3:")
    fail('', `not YAML or JSON: ${(err as Error).message.split('\n')[0].replace(/:$/, '')}`);
  }
  // a body of another shape is named before the schema would report what that body lacks
  const shape = (doc as { shape?: unknown } | null)?.shape;
  if (typeof shape === 'string' && (shape === 'identity' || shape === 'order' || shape === 'bound'))
    for (const other of ['identity', 'order', 'bound'] as const)
      if (other !== shape && other in (doc as object)) fail(`/${other}`, `present, but the shape is "${shape}"`);
  const s = schemaProblem(doc);
  if (s) fail(s.pointer, s.why);
  const c = doc as ClaimFile;
  const checkExpr = (pointer: string, text: string, names: Iterable<string>): void => {
    const p = expressionProblem(text, new Set(names));
    if (p) fail(pointer, p);
  };
  let names: ReadonlySet<string>;
  if (c.shape === 'identity') names = checkIdentity(c.identity, checkExpr, fail);
  else if (c.shape === 'order') names = checkOrder(c.order, checkExpr, fail);
  else names = checkBound(c.bound, checkExpr, fail);
  const seen = new Set<string>();
  c.mutants.forEach((m, i) => {
    if (seen.has(m.name)) fail(`/mutants/${i}/name`, `mutant "${m.name}" is declared twice`);
    seen.add(m.name);
    for (const [field, expr] of Object.entries(m.set)) {
      if (!(mutableFields[c.shape] as readonly string[]).includes(field))
        fail(`/mutants/${i}/set/${field}`, `a ${c.shape} mutant replaces ${mutableFields[c.shape].join(' or ')}`);
      checkExpr(`/mutants/${i}/set/${field}`, expr as string, names);
    }
  });
  return c;
}

type CheckExpr = (pointer: string, text: string, names: Iterable<string>) => void;

function checkBox(box: Box, at: string, fail: Fail): void {
  for (const [v, [lo, hi]] of Object.entries(box))
    if (!(lo <= hi)) fail(`${at}/${v}`, `range [${lo}, ${hi}] is empty (need lo ≤ hi)`);
}

/** Check `where` definitions in order; returns the names they add. */
function checkDefinitions(defs: Definitions | undefined, at: string, names: Set<string>, check: CheckExpr, fail: Fail) {
  for (const [name, expr] of Object.entries(defs ?? {})) {
    if (names.has(name)) fail(`${at}/${name}`, `"${name}" is already a variable`);
    check(`${at}/${name}`, expr, names);
    names.add(name);
  }
}

function checkIdentity(s: IdentityShape, check: CheckExpr, fail: Fail): ReadonlySet<string> {
  checkBox(s.domain, '/identity/domain', fail);
  const names = new Set(Object.keys(s.domain));
  checkDefinitions(s.where, '/identity/where', names, check, fail);
  check('/identity/lhs', s.lhs, names);
  check('/identity/rhs', s.rhs, names);
  return names;
}

function checkOrder(s: OrderShape, check: CheckExpr, fail: Fail): ReadonlySet<string> {
  const params = Object.keys(s.parameters ?? {});
  if (params.includes(s.small)) fail(`/order/parameters/${s.small}`, `"${s.small}" is the small parameter`);
  if (new Set(s.grid).size !== s.grid.length) fail('/order/grid', 'grid values must be distinct');
  const sys = s.system;
  const state = sys.state;
  state.forEach((x, i) => {
    if (state.indexOf(x) !== i) fail(`/order/system/state/${i}`, `"${x}" is listed twice`);
    if (x === s.small || params.includes(x)) fail(`/order/system/state/${i}`, `"${x}" is also a parameter`);
  });
  const clock = sys.kind === 'ode' ? 't' : 'k';
  if (state.includes(clock) || params.includes(clock) || s.small === clock)
    fail('/order', `"${clock}" is the ${sys.kind === 'ode' ? 'time' : 'step index'} and cannot be declared`);
  const fixed = [...params, s.small];
  const dynamic = [clock, ...state, ...fixed];
  const step = sys.kind === 'ode' ? sys.rhs : sys.update;
  const stepKey = sys.kind === 'ode' ? 'rhs' : 'update';
  for (const [key, map] of [
    [stepKey, step],
    ['initial', sys.initial],
  ] as const) {
    for (const x of state) if (!(x in map)) fail(`/order/system/${key}`, `missing an expression for "${x}"`);
    for (const [x, expr] of Object.entries(map)) {
      if (!state.includes(x)) fail(`/order/system/${key}/${x}`, `"${x}" is not a state variable`);
      check(`/order/system/${key}/${x}`, expr, key === 'initial' ? fixed : dynamic);
    }
  }
  if (sys.kind === 'ode') {
    if (sys.t0 !== undefined) check('/order/system/t0', sys.t0, fixed);
    check('/order/system/window/from', sys.window.from, fixed);
    check('/order/system/window/to', sys.window.to, fixed);
  } else check('/order/system/steps', sys.steps, fixed);
  check('/order/remainder', s.remainder, dynamic);
  return new Set(dynamic);
}

function checkBound(s: BoundShape, check: CheckExpr, fail: Fail): ReadonlySet<string> {
  checkBox(s.scope, '/bound/scope', fail);
  const vars = Object.keys(s.scope);
  if (s.domain) {
    checkBox(s.domain, '/bound/domain', fail);
    for (const v of Object.keys(s.domain)) if (!vars.includes(v)) fail(`/bound/domain/${v}`, 'not a scope variable');
    for (const v of vars) {
      const d = s.domain[v];
      if (!d) fail('/bound/domain', `missing a range for "${v}"`);
      if (d[0] > s.scope[v][0] || d[1] < s.scope[v][1]) fail(`/bound/domain/${v}`, 'does not contain the scope range');
    }
  }
  for (const [v, scale] of Object.entries(s.scale ?? {})) {
    if (!vars.includes(v)) fail(`/bound/scale/${v}`, 'not a scope variable');
    const [lo, hi] = (s.domain ?? s.scope)[v];
    if (scale === 'log' && !(lo > 0)) fail(`/bound/scale/${v}`, 'a log scale needs a range above 0');
    if (scale === 'logit' && !(lo > 0 && hi < 1))
      fail(`/bound/scale/${v}`, 'a logit scale needs a range inside (0, 1)');
  }
  const names = new Set(vars);
  checkDefinitions(s.where, '/bound/where', names, check, fail);
  check('/bound/lhs', s.lhs, names);
  check('/bound/rhs', s.rhs, names);
  return names;
}
