// The reference-data routes (issue 6): saved code mappings, templates, code lists and the codes
// coordinators add. Request schemas are the ones the routes parse with.
import * as S from '../routes/reference-schemas.js';
import { errors, jsonBody, ok, pathParameter, queryParameters } from './openapi-helpers.js';

const signedIn = [{ session: [], csrf: [] }, { bearer: [] }];
const codelist = pathParameter('id', 'code list id, e.g. CL_REG_PROGRAMME');

export const REFERENCE_PATHS: Record<string, unknown> = {
  '/api/mappings': {
    get: {
      tags: ['reference'],
      summary: 'Active saved mappings, with who saved each and when (a correspondent: its countries)',
      security: signedIn,
      parameters: queryParameters(S.MappingQuery),
      responses: { '200': ok('{mappings}'), ...errors(400, 401, 403) },
    },
    post: {
      tags: ['reference'],
      summary: 'Save a national value as a standard code (the country’s correspondent, or admin); audited',
      security: signedIn,
      requestBody: jsonBody(S.MappingBody),
      responses: {
        '201': ok('{mapping, changed: true}'),
        '200': ok('{mapping, changed: false}: already saved'),
        ...errors(400, 401, 403, 422),
      },
    },
  },
  '/api/mappings/{id}': {
    delete: {
      tags: ['reference'],
      summary: 'Retire a mapping (the country’s correspondent, or admin); audited, history kept',
      security: signedIn,
      parameters: [pathParameter('id', 'mapping id', 'integer')],
      responses: { '204': { description: 'Retired' }, ...errors(401, 403, 404) },
    },
  },
  '/api/templates/{table}': {
    get: {
      tags: ['reference'],
      summary: 'The table’s template for a country (XLSX or CSV), pre-filled with its last published values',
      security: signedIn,
      parameters: [pathParameter('table', 'table id'), ...queryParameters(S.TemplateQuery)],
      responses: {
        '200': { description: 'The file, as an attachment named SICREMI_<table>_<country>_<lang>.<format>' },
        ...errors(400, 401, 403, 404),
      },
    },
  },
  '/api/reference/codelists': {
    get: {
      tags: ['reference'],
      summary: 'Code lists as the store holds them: names in four languages, sizes, extensible or not',
      security: signedIn,
      responses: { '200': ok('{codelists}'), ...errors(401) },
    },
  },
  '/api/reference/codelists/{id}': {
    get: {
      tags: ['reference'],
      summary: 'A code list and its codes, labels in four languages, origin (framework or who added it)',
      security: signedIn,
      parameters: [codelist, ...queryParameters(S.CodeSearchQuery)],
      responses: { '200': ok('{codelist, codes}'), ...errors(401, 404) },
    },
  },
  '/api/reference/codelists/{id}/codes': {
    post: {
      tags: ['reference'],
      summary: 'Add a code to an extensible code list (admin); audited',
      security: signedIn,
      parameters: [codelist],
      requestBody: jsonBody(S.NewCodeBody),
      responses: { '201': ok('{code}'), ...errors(400, 401, 403, 404, 409) },
    },
  },
  '/api/reference/codelists/{id}/codes/{code}': {
    put: {
      tags: ['reference'],
      summary: 'Correct the labels of a code a coordinator added (admin); audited',
      security: signedIn,
      parameters: [codelist, pathParameter('code', 'code id')],
      requestBody: jsonBody(S.CodeLabelsBody),
      responses: { '200': ok('{code, changed}'), ...errors(400, 401, 403, 404, 409) },
    },
  },
};
