// A framework version is pinned by the checksum of its content: sha256 over canonical JSON
// (object keys sorted, arrays kept in order), so the same data always gives the same digest
// and a submission can record exactly which rules and code lists it was checked against.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level; `undefined` members are dropped, as JSON does. */
export function toCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : toCanonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toCanonicalJson(v)}`).join(',')}}`;
}

export function computeChecksum(value: unknown): string {
  return createHash('sha256').update(toCanonicalJson(value)).digest('hex');
}
