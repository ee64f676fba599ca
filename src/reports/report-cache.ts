// Generated reports cached per scope, language, format and pin. A pin names immutable figures
// (a date's release set or named releases), so an entry never goes stale; a new release moves
// the latest pin to a new key. Concurrent requests for one key share one generation.
import { LruCache } from '../dissemination/lru-cache.js';
import type { ReportScope } from './build-report.js';
import type { GeneratedReport, OutputFormat } from './generate-report.js';
import type { ResolvedPin } from './pin/report-pin.js';

export function reportCacheKey(
  scope: ReportScope,
  lang: string,
  format: OutputFormat,
  pin: ResolvedPin,
): string {
  const what = scope.kind === 'country' ? scope.iso3.toUpperCase() : 'region';
  return `${what}|${lang}|${format}|${pin.key}`;
}

export class ReportCache {
  readonly #entries: LruCache<string, Promise<GeneratedReport>>;

  constructor(maxEntries = 64) {
    this.#entries = new LruCache(maxEntries);
  }

  /** The cached report of `key`, or the one `generate` makes (failures are not kept). */
  get(key: string, generate: () => Promise<GeneratedReport>): Promise<GeneratedReport> {
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = generate();
      entry.catch(() => this.#entries.delete(key));
      this.#entries.set(key, entry);
    }
    return entry;
  }

  has(key: string): boolean {
    return this.#entries.get(key) !== undefined;
  }

  get size(): number {
    return this.#entries.size;
  }
}
