// The source series and edition a published figure belongs to (FRAMEWORK §9), as the change
// rule compares them. A release of no named source (published before editions were recorded)
// counts as one series per publisher, so a country's earlier submissions still compare.
import type { ReleaseInfo } from '../store/repositories/release-queries.js';

export interface ReleaseOrigin {
  source: string;
  edition: string;
  /** The edition as its publisher names it, for notes. */
  title: string;
}

export function originOfRelease(release: ReleaseInfo): ReleaseOrigin {
  const s = release.source;
  const title = typeof s.editionTitle === 'string' ? s.editionTitle : String(s.edition ?? s.publisher ?? '');
  if (release.sourceId) {
    return { source: release.sourceId, edition: release.sourceEdition ?? '', title };
  }
  const publisher = typeof s.publisher === 'string' ? s.publisher : `release-${release.id}`;
  return { source: `${release.table}:${publisher}`, edition: '', title };
}
