// What every request passes before any route, registered first so that routes added later are
// covered too: text without control characters, security headers, CORS of public reads, and
// the rate limit of public reads that miss the answer cache.
import type { FastifyInstance } from 'fastify';
import { allowPublicCors } from './public-cors.js';
import { limitPublicReads, type RateLimitOptions } from './rate-limit.js';
import { rejectControlText } from './reject-control-text.js';
import { addSecurityHeaders } from './security-headers.js';

export function registerGuards(app: FastifyInstance, options: { publicReadLimit?: RateLimitOptions }): void {
  rejectControlText(app);
  addSecurityHeaders(app);
  allowPublicCors(app);
  limitPublicReads(app, options.publicReadLimit);
}
