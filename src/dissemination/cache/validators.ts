// HTTP validators of public answers. Every public answer is a function of the request (URL,
// format, language), of the set of public releases and of the code lists (labels, SDMX
// structures), so its ETag hashes all three: a new release, an embargo ending or a code added
// by a coordinator changes every ETag. Proxies keep an answer but revalidate it before each
// reuse (see publicCacheControl); authorised answers are private and never stored.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addedCodesTag, FRAMEWORK_VERSION } from '../../framework/index.js';
import { syncAddedCodes } from '../../store/repositories/reference-codes.js';
import { type ReleaseFingerprint, readReleaseFingerprint } from '../../store/repositories/release-queries.js';
import type { Database } from '../../store/schema.js';
import { isPublic, type Viewer } from '../viewer.js';
import { writeEpoch } from './write-epoch.js';

// A proxy (nginx, a CDN) may keep a public answer but must ask again before reusing it — a
// conditional request answered 304 in microseconds — so a new release shows at once; while it
// asks, it may serve what it has for PUBLIC_STALE_SECONDS (release-day bursts, a restarting process).
export const PUBLIC_STALE_SECONDS = 30;

/** The Cache-Control of public answers; the stale window never outlasts the next embargo. */
export function publicCacheControl(staleSeconds = PUBLIC_STALE_SECONDS): string {
  return `public, max-age=0, must-revalidate, stale-while-revalidate=${Math.max(0, staleSeconds)}`;
}

// Requests share one fingerprint read (also used by seek-codes.ts) for up to FINGERPRINT_REUSE_MS: a write by this process
// (publishing goes through store.transaction) ends the sharing at once, and so does the end of
// the next embargo; a release published by another process (the CLI, another server on the
// same PostgreSQL) is seen within that window — well inside the second a publish takes to show.
// Reading the fingerprint on every request cost about a third of a cached answer's CPU time.
export const FINGERPRINT_REUSE_MS = 500;

interface SharedFingerprint {
  epoch: number;
  readAt: number;
  fingerprint: Promise<ReleaseFingerprint>;
  /** Set once the read completes: when the next embargo ends, the release set changes. */
  embargoEndsAt?: number;
}

const SHARED_FINGERPRINTS = new WeakMap<object, SharedFingerprint>();

function isFresh(
  shared: SharedFingerprint | undefined,
  epoch: number,
  now: number,
): shared is SharedFingerprint {
  return (
    shared !== undefined &&
    shared.epoch === epoch &&
    now - shared.readAt < FINGERPRINT_REUSE_MS &&
    (shared.embargoEndsAt === undefined || now < shared.embargoEndsAt)
  );
}

export function sharedFingerprint(db: Kysely<Database>, now: string): Promise<ReleaseFingerprint> {
  const epoch = writeEpoch(db);
  const nowMs = Date.parse(now);
  const shared = SHARED_FINGERPRINTS.get(db);
  if (isFresh(shared, epoch, nowMs)) return shared.fingerprint;
  // The added codes are read along: another process may have added one.
  const fingerprint = Promise.all([readReleaseFingerprint(db, now), syncAddedCodes(db)]).then(([f]) => f);
  const entry: SharedFingerprint = { epoch, readAt: nowMs, fingerprint };
  SHARED_FINGERPRINTS.set(db, entry);
  entry.fingerprint.then(
    (read) => {
      if (read.nextEmbargoEnd) entry.embargoEndsAt = Date.parse(read.nextEmbargoEnd);
    },
    () => {
      if (SHARED_FINGERPRINTS.get(db) === entry) SHARED_FINGERPRINTS.delete(db);
    },
  );
  return entry.fingerprint;
}

export interface Validators {
  /** Absent for authorised viewers: their answers are not cacheable. */
  etag?: string;
  headers: Record<string, string>;
  /** When the latest public release was published: an HTTP date, for Last-Modified. */
  lastModified?: string;
}

export async function computeValidators(
  db: Kysely<Database>,
  requestKey: string,
  viewer: Viewer,
  vary: string,
  now: string = new Date().toISOString(),
): Promise<Validators> {
  if (!isPublic(viewer)) {
    return { headers: { 'cache-control': 'private, no-store', vary: `${vary}, Cookie, Authorization` } };
  }
  const fingerprint = await sharedFingerprint(db, now);
  const digest = createHash('sha1')
    .update(`${requestKey}\n${fingerprint.tag}\n${FRAMEWORK_VERSION}\n${addedCodesTag()}`)
    .digest('base64url')
    .slice(0, 27);
  const etag = `"${digest}"`;
  let stale = PUBLIC_STALE_SECONDS;
  if (fingerprint.nextEmbargoEnd) {
    const untilEmbargoEnds = Math.ceil((Date.parse(fingerprint.nextEmbargoEnd) - Date.parse(now)) / 1000);
    stale = Math.min(stale, untilEmbargoEnds);
  }
  const last = fingerprint.lastPublishedAt ? new Date(fingerprint.lastPublishedAt) : undefined;
  return {
    etag,
    headers: { etag, 'cache-control': publicCacheControl(stale), vary },
    ...(last && !Number.isNaN(last.getTime()) ? { lastModified: last.toUTCString() } : {}),
  };
}

/** RFC 9110 weak comparison of If-None-Match against our ETag. */
export function matchesIfNoneMatch(header: string | undefined, etag: string | undefined): boolean {
  if (!header || !etag) return false;
  // A compressed variant (gzip or brotli) validates the same release set as the identity one.
  const strip = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/-(gzip|br)"$/, '"');
  return header.trim() === '*' || header.split(',').some((tag) => strip(tag) === strip(etag));
}
