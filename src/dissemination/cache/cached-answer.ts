// Answers public reads from memory when the same request was answered for the same set of
// releases: the ETag is the key, so a new release makes every stored answer unreachable (they
// age out of the LRU). Conditional requests get 304 without any work. A client that accepts
// brotli or gzip gets the stored answer compressed (compressed once, kept beside it); a stored
// brotli body is then compressed again at the best quality off the event loop and swapped in.
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { LruCache } from '../lru-cache.js';
import { perStore } from '../per-store.js';
import type { Viewer } from '../viewer.js';
import { computeValidators, matchesIfNoneMatch } from './validators.js';

export interface Produced {
  status: number;
  contentType?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** The body compressed, made on the first request that accepts each coding. */
  encoded?: Partial<Record<Coding, Buffer>>;
  /** Set once the brotli body's best-quality recompression has been started. */
  refining?: boolean;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface AnswerRequest {
  /** Everything the answer depends on besides the releases: method, URL, negotiated headers. */
  key: string;
  viewer: Viewer;
  ifNoneMatch: string | undefined;
  vary: string;
  acceptEncoding?: string | undefined;
  /** Called before an answer is computed (not found in the cache); may throw (rate limit). */
  onMiss?: () => void;
}

const MIN_COMPRESSED_BODY = 1024;

type Coding = 'br' | 'gzip';

/** The coding to answer with: brotli when accepted (smaller), else gzip, else none. */
function chooseCoding(header: string | undefined): Coding | undefined {
  if (!header) return undefined;
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(coding);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

function encode(body: Buffer | string, coding: Coding): Buffer {
  // Brotli quality 5 while the client waits: close to its best size at a fraction of the time.
  return coding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(body);
}

const MAX_REFINED_BODY = 512 * 1024;

/**
 * A kept answer is served many times: its brotli body is compressed again at quality 11 in the
 * thread pool (≈ 0.2 s for 100 kB, once) and replaces the quality-5 one — about a quarter
 * fewer bytes for every later reader. The decoded answer is the same, and so is its ETag.
 */
function refineBrotli(produced: Produced): void {
  const { body } = produced;
  // Larger bodies (big downloads) would hold a pool thread for seconds: they keep quality 5.
  if (produced.refining || body === undefined || sizeOf(body) > MAX_REFINED_BODY) return;
  produced.refining = true;
  brotliCompress(
    body,
    {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    },
    (error, better) => {
      const current = produced.encoded?.br;
      if (!error && current && better.length < current.length)
        produced.encoded = { ...produced.encoded, br: better };
    },
  );
}

/** Answers of this process served from memory (hits), computed (misses) or as 304 (notModified). */
export const answerCacheCounts = { hits: 0, misses: 0, notModified: 0 };

const MAX_CACHED_BODY = 4 * 1024 * 1024;
const DEFAULT_CACHE_ENTRIES = 2000;
const ANSWERS = perStore(() => new LruCache<string, Produced>(DEFAULT_CACHE_ENTRIES));

/** Sizes a store's answer cache (config: SICREMI_ANSWER_CACHE_ENTRIES; 0 turns it off). */
export function sizeAnswerCache(db: Kysely<Database>, entries: number): void {
  ANSWERS.replace(db, new LruCache(entries));
}

function sizeOf(body: Produced['body']): number {
  if (body === undefined) return 0;
  return typeof body === 'string' ? body.length * 2 : body.length;
}

// Identical requests arriving together share one computation (a cold cache under load).
const FLIGHTS = perStore(() => new Map<string, Promise<Produced>>());

/** Bodies are kept as bytes: a hit then costs no re-encoding. */
async function produceBytes(produce: () => Promise<Produced>): Promise<Produced> {
  const produced = await produce();
  return typeof produced.body === 'string' ? { ...produced, body: Buffer.from(produced.body) } : produced;
}

export async function answerWithCache(
  db: Kysely<Database>,
  request: AnswerRequest,
  produce: () => Promise<Produced>,
): Promise<Answer> {
  const validators = await computeValidators(db, request.key, request.viewer, request.vary);
  const { etag } = validators;
  if (etag && matchesIfNoneMatch(request.ifNoneMatch, etag)) {
    answerCacheCounts.notModified++;
    return { status: 304, headers: validators.headers };
  }
  const cache = ANSWERS.of(db);
  let produced = etag ? cache.get(etag) : undefined;
  if (produced) answerCacheCounts.hits++;
  else answerCacheCounts.misses++;
  let kept = false;
  if (!produced) {
    const flights = FLIGHTS.of(db);
    let flight = etag ? flights.get(etag) : undefined;
    if (!flight) {
      request.onMiss?.();
      flight = produceBytes(produce);
      if (etag) {
        flights.set(etag, flight);
        flight.finally(() => flights.delete(etag)).catch(() => {});
      }
    }
    produced = await flight;
    const cacheable = produced.status === 200 || produced.status === 204;
    if (etag && cacheable && cache.maxEntries > 0 && sizeOf(produced.body) <= MAX_CACHED_BODY) {
      cache.set(etag, produced);
      kept = true;
    }
  } else kept = true;
  const headers = { ...validators.headers, ...produced.headers };
  headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  if (produced.contentType) headers['content-type'] = produced.contentType;
  if (produced.status >= 400) {
    delete headers.etag;
    headers['cache-control'] = 'no-store';
  }
  const body = produced.body;
  const compress = produced.status === 200 && body !== undefined && body.length >= MIN_COMPRESSED_BODY;
  const coding = compress ? chooseCoding(request.acceptEncoding) : undefined;
  if (coding && body !== undefined) {
    produced.encoded ??= {};
    produced.encoded[coding] ??= encode(body, coding);
    if (kept && coding === 'br') refineBrotli(produced);
    headers['content-encoding'] = coding;
    // Another coding is another representation, with its own validator; a brotli body may be
    // swapped for a smaller one of the same content (refineBrotli), so its validator is weak.
    if (etag) headers.etag = `${coding === 'br' ? 'W/' : ''}${etag.slice(0, -1)}-${coding}"`;
    return { status: 200, headers, body: produced.encoded[coding] };
  }
  return { status: produced.status, headers, ...(body !== undefined ? { body } : {}) };
}
