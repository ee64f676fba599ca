// What every request passes before any route, registered first so that routes added later are
// covered too: text without control characters.
import type { FastifyInstance } from 'fastify';
import { rejectControlText } from './reject-control-text.js';

export function registerGuards(app: FastifyInstance): void {
  rejectControlText(app);
}
