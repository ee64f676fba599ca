// Small builders so each path entry reads as one line of intent.
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

export function schemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return json;
}

export function jsonBody(schema: z.ZodType) {
  return { required: true, content: { 'application/json': { schema: schemaOf(schema) } } };
}

/** Query parameters from an object schema, one per property. */
export function queryParameters(schema: z.ZodObject) {
  const json = schemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

export function pathParameter(name: string, description: string, type: 'string' | 'integer' = 'string') {
  return { name, in: 'path', required: true, description, schema: { type } };
}

export function ok(description: string, schema: JsonSchema = { type: 'object' }) {
  return { description, content: { 'application/json': { schema } } };
}

/** Error answers, all {error:{code,message}}. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/Error${s}` }]));
}
