// What every path of the JSON API shares: how to authenticate and how errors look. The API's
// version is the package's (package.json), so a release of the code is a release of its contract.
import { readFileSync } from 'node:fs';

const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (the message says which field).',
  401: 'Not signed in, wrong credentials or invalid API token.',
  403: 'Signed in, but this account may not do this (or a cookie session sent no valid X-CSRF-Token).',
  404: 'No such resource.',
  409: 'Conflicts with the current state (e.g. a lifecycle action not allowed from this status).',
  413: 'The upload is larger than the configured limit.',
  422: 'Understood but refused (e.g. a submission with errors or unjustified warnings).',
  429: 'Too many failed sign-ins (address rate limit or account lock).',
  501: 'Not available on this server.',
};

export function buildBaseDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'SICREMI API',
      version: PACKAGE_VERSION,
      description:
        'JSON API of SICREMI, the OAS Continuous Reporting System on Labour Migration of the Americas. ' +
        'Errors are `{"error": {"code", "message"}}`: branch on `code`; `message` follows `?lang=` or ' +
        'Accept-Language (en, es, fr, pt). Browsers authenticate with the session cookie set by ' +
        '`POST /api/auth/login` and must send the `csrfToken` it returns in `X-CSRF-Token` on every ' +
        "state-changing request; correspondents' systems use `Authorization: Bearer <token>` " +
        '(`POST /api/tokens`) and need no CSRF header. Statistical data in SDMX: see /sdmx.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'sicremi_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        bearer: { type: 'http', scheme: 'bearer', description: 'API token from POST /api/tokens' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
      responses: Object.fromEntries(
        Object.entries(ERROR_DESCRIPTIONS).map(([status, description]) => [
          `Error${status}`,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
    paths: {} as Record<string, unknown>,
  };
}
