/** JSON with object keys sorted recursively (stable across key insertion order); non-finite numbers as strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
}
