// No text with a control character reaches a route: every JSON body, query string and path
// parameter is checked before validation (multipart fields and file names are checked as the
// parts are read, read-parts.ts). One place, so a route added later is covered too.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findControlText } from '../../framework/control-characters.js';
import { ApiError } from '../errors.js';

export function invalidTextError(field: string, char: number): ApiError {
  return new ApiError('INVALID_TEXT', 400, {
    field,
    char: `U+${char.toString(16).toUpperCase().padStart(4, '0')}`,
  });
}

function checkRequestText(request: FastifyRequest): void {
  for (const [part, value] of [
    ['body', request.body],
    ['query', request.query],
    ['params', request.params],
  ] as const) {
    const found = findControlText(value, part);
    if (found) throw invalidTextError(found.path, found.char);
  }
}

export function rejectControlText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => checkRequestText(request));
}
