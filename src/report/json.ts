/** JSON reporter: the Report object itself (schema documented in the README). */
import type { Report } from '../core/result.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2);
}
