// The data-entry routes (issue 8). Request schemas are the ones the routes parse with.
import { CellEditsBody } from '../routes/entry-schemas.js';
import { errors, jsonBody, ok, pathParameter } from './openapi-helpers.js';

const signedIn = [{ session: [], csrf: [] }, { bearer: [] }];
const parameters = [
  pathParameter('table', 'table id, e.g. MIG_STOCK_FB'),
  pathParameter('country', 'ISO3 code of the reporting member state'),
];

export const ENTRY_PATHS: Record<string, unknown> = {
  '/api/entry/{table}/{country}': {
    get: {
      tags: ['entry'],
      summary: 'The data-entry grid: layout, labels, published cells with the draft over them, issues',
      security: signedIn,
      parameters,
      responses: { '200': ok('The grid'), ...errors(401, 403, 404) },
    },
  },
  '/api/entry/{table}/{country}/cells': {
    put: {
      tags: ['entry'],
      summary:
        'Save cell edits into the draft (replays ignored) and validate the whole draft (correspondent)',
      security: signedIn,
      parameters,
      requestBody: jsonBody(CellEditsBody),
      responses: { '200': ok('Last applied edit, the draft’s issues'), ...errors(400, 401, 403, 404) },
    },
  },
  '/api/entry/{table}/{country}/submit': {
    post: {
      tags: ['entry'],
      summary:
        'Turn the draft into a submission through the upload path and send it to review (correspondent)',
      security: signedIn,
      parameters,
      responses: { '201': ok('The submission and its status'), ...errors(400, 401, 403, 404, 409, 422) },
    },
  },
};
