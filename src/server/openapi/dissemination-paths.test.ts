import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildOpenApiDocument } from './openapi-document.js';

// The JSON contract of issue 5 the web app calls.
const CONTRACT = [
  'get /api/data/{table}',
  'get /api/restricted/data/{table}',
  'get /api/data/{table}/pivot',
  'get /api/restricted/data/{table}/pivot',
  'get /api/releases',
  'get /api/countries',
  'get /api/indicators',
  'get /api/indicators/{id}',
  'get /api/download',
  'get /api/restricted/download',
];

test('the OpenAPI document describes every dissemination route, its parameters and answers', () => {
  const document = buildOpenApiDocument();
  const paths = document.paths as Record<
    string,
    Record<string, { parameters: { name: string }[]; responses: object }>
  >;
  for (const entry of CONTRACT) {
    const [method, path] = entry.split(' ') as [string, string];
    const operation = paths[path]?.[method];
    assert.ok(operation, `${entry} is documented`);
    for (const response of Object.values(operation.responses)) {
      const ref = (response as { $ref?: string }).$ref;
      if (ref) assert.ok(document.components.responses[ref.split('/').at(-1)!], `${ref} exists`);
    }
  }
  const data = paths['/api/data/{table}']!.get!;
  const names = data.parameters.map((p) => p.name);
  for (const name of [
    'table',
    'filters',
    'startPeriod',
    'endPeriod',
    'lastNPeriods',
    'asOf',
    'release',
    'limit',
    'lang',
  ]) {
    assert.ok(names.includes(name), `data documents ${name}`);
  }
  const schema = JSON.stringify(data.responses);
  for (const field of ['truncated', 'total', 'releaseId', 'dimensions']) assert.ok(schema.includes(field));
});
