// A report is pinned to a release set, so it can be regenerated later with the same figures:
// either the releases public at a date (`asOf`; a bare date means the end of that day, UTC) or
// named releases, whose figures alone make the report. Without either, the pin is the newest
// publication time, which is printed: `--as-of` that time gives the same report tomorrow.
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import type { ReportDataSource } from '../data/report-data-source.js';
import { ReportError } from '../report-error.js';

export interface PinRequest {
  asOf?: string;
  releases?: readonly number[];
}

export interface ResolvedPin {
  kind: 'latest' | 'as-of' | 'releases';
  /** Figures are read as they stood at this instant (named releases: the newest one's time). */
  at: string;
  /** Named releases only. */
  releases?: readonly ReleaseInfo[];
  /** Stable identity of the figures, for caches: the latest pin and `asOf` that time share it. */
  key: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An `asOf` value as an ISO instant; a bare date is the end of that day, UTC. */
export function parseAsOf(value: string): string {
  const text = value.trim();
  const instant = DATE_ONLY.test(text) ? `${text}T23:59:59.999Z` : text;
  if (!(DATE_ONLY.test(text) || INSTANT.test(text)) || Number.isNaN(Date.parse(instant))) {
    throw new ReportError('INVALID_AS_OF', { value });
  }
  return new Date(instant).toISOString();
}

/** "3,5,8" (or "3+5+8") → [3, 5, 8]. */
export function parseReleaseIds(value: string): number[] {
  const parts = value.split(/[,+\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d{1,9}$/.test(p) || Number(p) === 0)) {
    throw new ReportError('INVALID_RELEASES', { value });
  }
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

/** The pin request of raw parameters (query string or CLI flags). */
export function parsePinRequest(raw: { asOf?: string; releases?: string }): PinRequest {
  if (raw.asOf && raw.releases) throw new ReportError('CONFLICTING_PIN');
  if (raw.asOf) return { asOf: parseAsOf(raw.asOf) };
  if (raw.releases) return { releases: parseReleaseIds(raw.releases) };
  return {};
}

export async function resolvePin(
  source: ReportDataSource,
  request: PinRequest,
  now: string = new Date().toISOString(),
): Promise<ResolvedPin> {
  if (request.releases && request.releases.length > 0) {
    const ids = [...new Set(request.releases)].sort((a, b) => a - b);
    const found = await source.findReleases(ids);
    for (const id of ids) {
      const release = found.find((r) => r.id === id);
      if (!release || release.publishedAt > now) throw new ReportError('RELEASE_NOT_FOUND', { id });
    }
    const at = found
      .map((r) => r.publishedAt)
      .sort()
      .at(-1)!;
    return { kind: 'releases', at, releases: found, key: `releases:${ids.join('+')}` };
  }
  if (request.asOf) {
    const at = parseAsOf(request.asOf);
    if (at > now) throw new ReportError('AS_OF_IN_FUTURE', { value: request.asOf });
    return { kind: 'as-of', at, key: `as-of:${at}` };
  }
  const latest = await source.findLatestPublication(now);
  if (!latest) throw new ReportError('NO_PUBLISHED_DATA', { scope: 'SICREMI', at: now.slice(0, 10) });
  // The stored text as it is: visibility compares ISO strings, and a re-formatted time
  // ('…00Z' vs '…00.000Z') could sort before the very release it names.
  return { kind: 'latest', at: latest, key: `as-of:${latest}` };
}
