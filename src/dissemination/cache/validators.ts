// HTTP validators of public answers. Every public answer is a function of the request (URL,
// format, language) and of the set of public releases, so its ETag hashes both: a new release,
// or an embargo ending, changes every ETag. Proxies may keep an answer a minute (less when an
// embargo ends sooner); authorised answers are private and never stored.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { FRAMEWORK_VERSION } from '../../framework/index.js';
import { type ReleaseFingerprint, readReleaseFingerprint } from '../../store/repositories/release-queries.js';
import type { Database } from '../../store/schema.js';
import { isPublic, type Viewer } from '../viewer.js';
import { writeEpoch } from './write-epoch.js';

export const PUBLIC_MAX_AGE_SECONDS = 60;

// Requests handled in the same turn of the event loop (a burst read from many sockets at
// once) share one fingerprint read: the store's state at the start of that turn, which no
// request handled in it can tell apart from its own arrival time. A write in between (this
// process publishing) ends the sharing at once.
const TURN_FINGERPRINTS = new WeakMap<object, { epoch: number; fingerprint: Promise<ReleaseFingerprint> }>();

function sharedFingerprint(db: Kysely<Database>, now: string): Promise<ReleaseFingerprint> {
  const epoch = writeEpoch(db);
  const shared = TURN_FINGERPRINTS.get(db);
  if (shared && shared.epoch === epoch) return shared.fingerprint;
  const fingerprint = readReleaseFingerprint(db, now);
  TURN_FINGERPRINTS.set(db, { epoch, fingerprint });
  setImmediate(() => {
    if (TURN_FINGERPRINTS.get(db)?.fingerprint === fingerprint) TURN_FINGERPRINTS.delete(db);
  });
  return fingerprint;
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
    .update(`${requestKey}\n${fingerprint.tag}\n${FRAMEWORK_VERSION}`)
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
  // The gzip variant validates the same release set as the identity one.
  const strip = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/-gzip"$/, '"');
  return header.trim() === '*' || header.split(',').some((tag) => strip(tag) === strip(etag));
}
