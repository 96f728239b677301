/** The published JSON Schema of claim files (schema/claim.schema.json), compiled once with ajv. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schema/claim.schema.json' with { type: 'json' };

let validate: ValidateFunction | null = null;

export const claimSchema: unknown = schema;

/** Validate `doc`; the one error reported is the deepest (most specific) one, as JSON pointer and reason. */
export function schemaProblem(doc: unknown): { pointer: string; why: string } | null {
  validate ??= new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  if (validate(doc)) return null;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames');
  const worst = errors.reduce<ErrorObject | null>((a, e) => (a === null || depth(e) > depth(a) ? e : a), null);
  return worst ? describe(worst) : { pointer: '', why: 'does not match the claim schema' };
}

const depth = (e: ErrorObject): number =>
  e.instancePath.split('/').length + (e.keyword === 'additionalProperties' || e.params.propertyName ? 1 : 0);

function describe(e: ErrorObject): { pointer: string; why: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer: e.instancePath, why: `missing required property "${String(p.missingProperty)}"` };
    case 'additionalProperties':
      return { pointer: `${e.instancePath}/${String(p.additionalProperty)}`, why: 'unknown property' };
    case 'enum':
      return {
        pointer: p.propertyName !== undefined ? `${e.instancePath}/${String(p.propertyName)}` : e.instancePath,
        why: `${p.propertyName !== undefined ? 'name ' : ''}must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
      return {
        pointer: p.propertyName !== undefined ? `${e.instancePath}/${String(p.propertyName)}` : e.instancePath,
        why: `${p.propertyName !== undefined ? 'name' : 'value'} must match ${String(p.pattern)}`,
      };
    default:
      return { pointer: e.instancePath, why: e.message ?? e.keyword };
  }
}
