// Reading releases for dissemination: which are public at a time, what they say about their
// source, and a fingerprint of the public set — the validator of every cached public answer.
// A release with a future publication time is under embargo and does not exist for the public.
import { type CompiledQuery, type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { ReleaseSource } from './releases.js';

export interface ReleaseInfo {
  id: number;
  table: string;
  publishedAt: string;
  source: ReleaseSource;
  notes: string | null;
  observationCount: number;
  /** Source series and edition (FRAMEWORK §9), null for a release of no named source. */
  sourceId: string | null;
  sourceEdition: string | null;
  /** SHA-256 of the file the release came from, when it came from one. */
  fileSha256: string | null;
}

/** A release's `source` column as an object ({} when it is not JSON). */
export function parseReleaseSource(text: string): ReleaseSource {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as ReleaseSource) : {};
  } catch {
    return {};
  }
}

type ReleaseRow = {
  id: number;
  table_id: string;
  published_at: string;
  source: string;
  notes: string | null;
  observation_count: number;
  source_id: string | null;
  source_edition: string | null;
  file_sha256: string | null;
};

function toInfo(row: ReleaseRow): ReleaseInfo {
  return {
    id: Number(row.id),
    table: row.table_id,
    publishedAt: row.published_at,
    source: parseReleaseSource(row.source),
    notes: row.notes,
    observationCount: Number(row.observation_count),
    sourceId: row.source_id,
    sourceEdition: row.source_edition,
    fileSha256: row.file_sha256,
  };
}

const COLUMNS = [
  'id',
  'table_id',
  'published_at',
  'source',
  'notes',
  'observation_count',
  'source_id',
  'source_edition',
  'file_sha256',
] as const;

/** The latest releases public at `at`, newest first. */
export async function listPublicReleases(
  db: Kysely<Database>,
  options: { at: string; tableId?: string; limit: number },
): Promise<ReleaseInfo[]> {
  let q = db.selectFrom('releases').select(COLUMNS).where('published_at', '<=', options.at);
  if (options.tableId) q = q.where('table_id', '=', options.tableId);
  const rows = await q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map(toInfo);
}

export async function getReleasesByIds(db: Kysely<Database>, ids: readonly number[]): Promise<ReleaseInfo[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('releases')
    .select(COLUMNS)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toInfo).sort((a, b) => a.id - b.id);
}

export async function getRelease(db: Kysely<Database>, id: number): Promise<ReleaseInfo | undefined> {
  const row = await db.selectFrom('releases').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toInfo(row) : undefined;
}

export interface ReleaseFingerprint {
  /** Changes whenever a release becomes public (published, or its embargo ends). */
  tag: string;
  /** When the next embargoed release becomes public, if one is waiting. */
  nextEmbargoEnd: string | null;
  /** When the latest public release was published (HTTP Last-Modified of public answers). */
  lastPublishedAt: string | null;
}

// Compiled once per database: this runs on every public request, so it skips query building.
const FINGERPRINT_QUERIES = new WeakMap<object, CompiledQuery<FingerprintRow>>();

interface FingerprintRow {
  n: number | string;
  max_id: number | null;
  last: string | null;
  next: string | null;
}

function fingerprintQuery(db: Kysely<Database>): CompiledQuery<FingerprintRow> {
  let compiled = FINGERPRINT_QUERIES.get(db);
  if (!compiled) {
    const at = '';
    compiled = sql<FingerprintRow>`select
        count(case when published_at <= ${at} then 1 end) as n,
        max(case when published_at <= ${at} then id end) as max_id,
        max(case when published_at <= ${at} then published_at end) as last,
        min(case when published_at > ${at} then published_at end) as next
      from releases`.compile(db);
    FINGERPRINT_QUERIES.set(db, compiled);
  }
  return compiled;
}

/** A cheap summary of the releases public at `at`: one aggregate over a small table. */
export async function readReleaseFingerprint(db: Kysely<Database>, at: string): Promise<ReleaseFingerprint> {
  const compiled = fingerprintQuery(db);
  const result = await db.executeQuery<FingerprintRow>({ ...compiled, parameters: [at, at, at, at] });
  const row = result.rows[0];
  return {
    tag: `${Number(row?.n ?? 0)}-${row?.max_id ?? 0}-${row?.last ?? ''}`,
    nextEmbargoEnd: row?.next ?? null,
    lastPublishedAt: row?.last ?? null,
  };
}
