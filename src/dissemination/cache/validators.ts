// HTTP validators of public answers. Every public answer is a function of the request (URL,
// format, language), of the set of public releases and of the code lists (labels, SDMX
// structures), so its ETag hashes all three: a new release, an embargo ending or a code added
// by a coordinator changes every ETag. Proxies may keep an answer a minute (less when an
// embargo ends sooner); authorised answers are private and never stored.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addedCodesTag, FRAMEWORK_VERSION } from '../../framework/index.js';
import { syncAddedCodes } from '../../store/repositories/reference-codes.js';
import { type ReleaseFingerprint, readReleaseFingerprint } from '../../store/repositories/release-queries.js';
import type { Database } from '../../store/schema.js';
import { isPublic, type Viewer } from '../viewer.js';
import { writeEpoch } from './write-epoch.js';

export const PUBLIC_MAX_AGE_SECONDS = 60;

// Requests share one fingerprint read (also used by seek-codes.ts) for up to FINGERPRINT_REUSE_MS: a write by this process
// (publishing goes through store.transaction) ends the sharing at once, and so does the end of
// the next embargo; a release published by another process (the CLI, another server on the
// same PostgreSQL) is seen within that window — far inside the minute proxies may keep an answer.
// Reading the fingerprint on every request cost about a third of a cached answer's CPU time.
export const FINGERPRINT_REUSE_MS = 1000;

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
  let maxAge = PUBLIC_MAX_AGE_SECONDS;
  if (fingerprint.nextEmbargoEnd) {
    const untilEmbargoEnds = Math.ceil((Date.parse(fingerprint.nextEmbargoEnd) - Date.parse(now)) / 1000);
    maxAge = Math.max(0, Math.min(maxAge, untilEmbargoEnds));
  }
  return { etag, headers: { etag, 'cache-control': `public, max-age=${maxAge}`, vary } };
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
