// A multipart upload read into memory: the `file` part and the short text fields. For checks
// that keep nothing (practice mode, training attempts), so the bytes need never touch the disk;
// the multipart plugin's configured size limit still applies. Uploads that are kept stream to
// disk instead (submissions.ts).
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { readParts, translateMultipartError } from './read-parts.js';

export interface UploadInMemory {
  bytes: Buffer;
  fileName: string;
  fields: Record<string, string>;
}

export async function readUploadInMemory(
  request: FastifyRequest,
  fallbackName: string,
): Promise<UploadInMemory> {
  if (!request.isMultipart()) throw new ApiError('FILE_MISSING', 400);
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; fileName: string } | undefined;
  for await (const part of readParts(request)) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) {
        part.file.resume();
        continue;
      }
      const bytes = await part.toBuffer().catch((error) => Promise.reject(translateMultipartError(error)));
      file = { bytes, fileName: part.filename || fallbackName };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) throw new ApiError('FILE_MISSING', 400);
  return { ...file, fields };
}
