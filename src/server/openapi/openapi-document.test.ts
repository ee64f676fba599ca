import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildOpenApiDocument } from './openapi-document.js';

// The route contract of issue 4, as the web app and correspondents' systems call it.
const CONTRACT = [
  'post /api/auth/login',
  'post /api/auth/logout',
  'get /api/me',
  'post /api/users',
  'get /api/users',
  'post /api/tokens',
  'post /api/submissions',
  'get /api/submissions',
  'get /api/submissions/{id}',
  'post /api/submissions/{id}/submit',
  'post /api/submissions/{id}/return',
  'post /api/submissions/{id}/accept',
  'post /api/submissions/{id}/publish',
  'post /api/submissions/{id}/withdraw',
  'post /api/submissions/{id}/justifications',
  'post /api/submissions/{id}/comments',
  'get /api/rounds',
  'post /api/rounds',
  'get /api/coverage',
  'get /api/phases',
  'put /api/phases/{country}',
  'get /api/audit',
  // Account security (issue 13).
  'post /api/auth/2fa/enrol',
  'post /api/auth/2fa/confirm',
  'post /api/auth/password-reset',
  'get /api/tokens',
  'delete /api/tokens/{id}',
];

test('the OpenAPI document describes every workflow route of the contract, with its error answers', () => {
  const document = buildOpenApiDocument();
  assert.equal(document.openapi, '3.1.0');
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
  for (const entry of CONTRACT) {
    const [method, path] = entry.split(' ') as [string, string];
    const operation = paths[path]?.[method];
    assert.ok(operation, `${entry} is documented`);
    for (const response of Object.values(operation.responses)) {
      const ref = (response as { $ref?: string }).$ref;
      if (ref) assert.ok(document.components.responses[ref.split('/').at(-1)!], `${ref} exists`);
    }
  }
  const login = paths['/api/auth/login']!.post as unknown as {
    requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
  };
  assert.deepEqual(login.requestBody.content['application/json'].schema.required, ['email', 'password']);
  // Tokens and two-factor enrolment are managed from a session only, never with a bearer token.
  for (const [path, method] of [
    ['/api/tokens', 'post'],
    ['/api/tokens', 'get'],
    ['/api/tokens/{id}', 'delete'],
    ['/api/auth/2fa/enrol', 'post'],
  ] as const) {
    const security = (paths[path]![method] as unknown as { security: Record<string, unknown>[] }).security;
    assert.deepEqual(security, [{ session: [], csrf: [] }], `${method} ${path} is session-only`);
  }
});

test('the OpenAPI document carries the version package.json names', async () => {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  assert.equal((buildOpenApiDocument().info as { version: string }).version, pkg.version);
});

test('the OpenAPI document describes the routes of data that travels (issue 20)', () => {
  const paths = buildOpenApiDocument().paths as Record<string, Record<string, unknown>>;
  for (const entry of [
    'get /bulk/{file}',
    'get /api/catalog',
    'get /catalog.jsonld',
    'get /feeds/releases.atom',
    'get /api/releases/{id}/revisions',
    'get /api/metadata/{country}/{table}',
    'put /api/workspace/metadata/{country}/{table}',
  ]) {
    const [method, path] = entry.split(' ') as [string, string];
    assert.ok(paths[path]?.[method], `${entry} is documented`);
  }
});
