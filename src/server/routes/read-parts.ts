// The parts of a multipart upload, checked as they are read: field names, values and file names
// hold no control character (400 INVALID_TEXT); a malformed body is 400 MULTIPART_INVALID and a
// second file part 400 TOO_MANY_FILES, never a 500 or a 413 (which says "too large").
import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { findControlCharacter } from '../../framework/control-characters.js';
import { ApiError } from '../errors.js';
import { invalidTextError } from '../guards/reject-control-text.js';

function checkText(field: string, text: string): void {
  const char = findControlCharacter(text);
  if (char !== undefined) throw invalidTextError(field, char);
}

/** A multipart error as the client's fault it is; other errors (a full disk) as they are. */
export function translateMultipartError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const { code, statusCode, syscall } = error as { code?: string; statusCode?: number; syscall?: string };
  if (code === 'FST_FILES_LIMIT') return new ApiError('TOO_MANY_FILES', 400);
  if (statusCode !== undefined || syscall !== undefined) return error;
  // busboy's own errors ("Unexpected end of form", "Malformed part header") carry no status.
  return new ApiError('MULTIPART_INVALID', 400, { detail: (error as Error).message ?? String(error) });
}

export async function* readParts(request: FastifyRequest): AsyncGenerator<Multipart> {
  try {
    for await (const part of request.parts()) {
      checkText('field name', part.fieldname);
      if (part.type === 'file') checkText(`${part.fieldname} (file name)`, part.filename ?? '');
      else if (typeof part.value === 'string') checkText(part.fieldname, part.value);
      yield part;
    }
  } catch (error) {
    throw translateMultipartError(error);
  }
}
