// The catalogue of what SICREMI publishes: every table of the framework with its public
// releases, their sources and licences, the countries and years it covers, and its bulk files.
// Both /api/catalog (JSON) and /catalog.jsonld (DCAT-AP), the table pages and the sitemap are
// drawn from this one reading.
import { label, TABLES } from '../../framework/index.js';
import type { Lang, TableDef } from '../../framework/types.js';
import { type BulkFileInfo, listBulkFiles } from '../../store/repositories/bulk-files.js';
import { listPublicCoverage } from '../../store/repositories/public-coverage.js';
import {
  listPublicReleases,
  type ReleaseInfo,
  readReleaseFingerprint,
} from '../../store/repositories/release-queries.js';
import type { Store } from '../../store/store.js';
import { ALL_TABLES_ZIP } from '../bulk/run-bulk-jobs.js';
import { licenceLink } from './licence-link.js';

export interface CatalogBulkFile {
  name: string;
  url: string;
  mediaType: string;
  sha256: string;
  size: number;
  modified: string;
  releaseIds: number[];
}

export interface CatalogTable {
  id: string;
  name: string;
  description: string;
  url: string;
  kind: TableDef['kind'];
  releases: {
    id: number;
    publishedAt: string;
    source: ReleaseInfo['source'];
    licence: string | null;
    licenceUrl: string | null;
    data: string;
  }[];
  coverage: { countries: { iso3: string; years: string[] }[]; from: string | null; to: string | null };
  modified: string | null;
  licences: { text: string; url: string | null }[];
  bulk: CatalogBulkFile[];
}

export interface Catalog {
  lang: Lang;
  /** The last publication the catalogue reflects (not the time of the request: answers revalidate). */
  modified: string | null;
  url: string;
  tables: CatalogTable[];
  bulk: CatalogBulkFile | null;
}

const MAX_RELEASES = 10_000;

function bulkEntry(origin: string, file: BulkFileInfo): CatalogBulkFile {
  return {
    name: file.name,
    url: `${origin}/bulk/${file.name}`,
    mediaType: file.mediaType,
    sha256: file.sha256,
    size: file.size,
    modified: file.generatedAt,
    releaseIds: file.releaseIds,
  };
}

// The coverage read scans the published cells: pages that show the catalogue (table and country
// heads, the sitemap) reuse it until a release becomes public or a bulk file is regenerated.
const KEPT = new WeakMap<object, Map<string, Catalog>>();
const KEPT_PER_STORE = 32;

export async function readCatalog(
  store: Store,
  origin: string,
  lang: Lang,
  at: string = new Date().toISOString(),
): Promise<Catalog> {
  const [fingerprint, bulk] = await Promise.all([
    readReleaseFingerprint(store.db, at),
    store.db
      .selectFrom('bulk_files')
      .select((eb) => [eb.fn.max('generated_at').as('last'), eb.fn.countAll().as('n')])
      .executeTakeFirst(),
  ]);
  const key = `${fingerprint.tag}|${bulk?.last ?? ''}|${bulk?.n ?? 0}|${origin}|${lang}`;
  let kept = KEPT.get(store.db);
  if (!kept) {
    kept = new Map();
    KEPT.set(store.db, kept);
  }
  const hit = kept.get(key);
  if (hit) return hit;
  const catalog = await readCatalogNow(store, origin, lang, at);
  if (kept.size >= KEPT_PER_STORE) kept.delete(kept.keys().next().value as string);
  kept.set(key, catalog);
  return catalog;
}

async function readCatalogNow(
  store: Store,
  origin: string,
  lang: Lang,
  at: string = new Date().toISOString(),
): Promise<Catalog> {
  const [releases, coverage, bulk] = await Promise.all([
    listPublicReleases(store.db, { at, limit: MAX_RELEASES }),
    listPublicCoverage(store.db, at),
    listBulkFiles(store.db),
  ]);
  const tables = TABLES.map((table): CatalogTable => {
    const own = releases.filter((r) => r.table === table.id);
    const cells = coverage.filter((c) => c.tableId === table.id);
    const byCountry = new Map<string, string[]>();
    for (const c of cells) byCountry.set(c.refArea, [...(byCountry.get(c.refArea) ?? []), c.timePeriod]);
    const years = cells.map((c) => c.timePeriod).sort();
    const licenceTexts = [
      ...new Set(own.map((r) => r.source.licence).filter((l): l is string => typeof l === 'string')),
    ];
    return {
      id: table.id,
      name: label(table.names, lang),
      description: label(table.descriptions, lang),
      url: `${origin}/tables/${table.id}`,
      kind: table.kind,
      releases: own.map((r) => {
        const licence = typeof r.source.licence === 'string' ? r.source.licence : null;
        return {
          id: r.id,
          publishedAt: r.publishedAt,
          source: r.source,
          licence,
          licenceUrl: licence ? (licenceLink(licence) ?? null) : null,
          data: `${origin}/api/data/${table.id}?release=${r.id}`,
        };
      }),
      coverage: {
        countries: [...byCountry].map(([iso3, y]) => ({ iso3, years: y })),
        from: years[0] ?? null,
        to: years.at(-1) ?? null,
      },
      modified: own[0]?.publishedAt ?? null,
      licences: licenceTexts.map((text) => ({ text, url: licenceLink(text) ?? null })),
      bulk: bulk.filter((f) => f.tableId === table.id).map((f) => bulkEntry(origin, f)),
    };
  });
  const zip = bulk.find((f) => f.name === ALL_TABLES_ZIP);
  return {
    lang,
    modified: releases[0]?.publishedAt ?? null,
    url: `${origin}/api/catalog`,
    tables,
    bulk: zip ? bulkEntry(origin, zip) : null,
  };
}
