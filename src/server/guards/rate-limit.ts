// A client that misses the answer cache with many distinct public queries is slowed: each
// address has a token bucket (in memory, per process) of `burst` tokens refilled at
// `perMinute` a minute; a read that must be computed takes a token, and without one the answer
// is 429 with Retry-After. Answers from the cache (and 304s) take nothing, so popular pages and
// well-behaved clients are never slowed. `perMinute` 0 turns the limit off (benchmarks).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getRequestUser } from '../auth/request-user.js';
import { ApiError } from '../errors.js';

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets of many addresses; a full bucket holds nothing worth keeping and is forgotten. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = options.perMinute / 60_000;
  }

  /** Takes a token of `key`: 0 when there was one, else the seconds until there will be. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > 50_000) this.forgetFull(now);
      return 0;
    }
    this.buckets.set(key, bucket);
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.options.burst) this.buckets.delete(key);
    }
  }
}

const SPENDERS = new WeakMap<FastifyRequest, () => void>();

/**
 * Called by a public read when its answer must be computed (an answer-cache miss): throws
 * 429 RATE_LIMITED, with Retry-After set, when the client's bucket is empty.
 */
export function spendPublicRead(request: FastifyRequest): void {
  SPENDERS.get(request)?.();
}

export function limitPublicReads(app: FastifyInstance, options: RateLimitOptions | undefined): void {
  if (!options || options.perMinute <= 0) return;
  const buckets = new TokenBuckets(options);
  app.addHook('onRequest', async (request, reply) => {
    SPENDERS.set(request, () => {
      // Signed-in users are known and accountable: the limit is for anonymous clients.
      if (getRequestUser(request)) return;
      const wait = buckets.take(request.ip);
      if (wait === 0) return;
      reply.header('retry-after', String(wait));
      throw new ApiError('RATE_LIMITED', 429, { seconds: wait });
    });
  });
}
