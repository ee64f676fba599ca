// Parses a body or query with its zod schema; a mismatch is a 400 that says which field.
import type { z } from 'zod';
import { ApiError } from '../errors.js';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const detail = result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  throw new ApiError('BAD_REQUEST', 400, { detail });
}

export function parseId(value: unknown): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0)
    throw new ApiError('BAD_REQUEST', 400, { detail: 'id: not a number' });
  return id;
}
