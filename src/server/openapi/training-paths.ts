// Practice mode and the training course (issues 6 and 8). Field schemas are the ones the routes parse with.
import { AttemptFields, PracticeFields } from '../routes/training-schemas.js';
import { errors, ok, pathParameter, schemaOf } from './openapi-helpers.js';

const signedIn = [{ session: [], csrf: [] }, { bearer: [] }];
const exercise = pathParameter('id', 'exercise id, e.g. totals');

function multipart(fields: Record<string, unknown>) {
  const properties = { file: { type: 'string', format: 'binary' }, ...fields };
  return {
    required: true,
    content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties } } },
  };
}

export const TRAINING_PATHS: Record<string, unknown> = {
  '/api/submissions/practice': {
    post: {
      tags: ['submissions'],
      summary: 'Practice mode: the upload pipeline’s report for a file, with nothing stored',
      security: signedIn,
      requestBody: multipart(
        (schemaOf(PracticeFields) as { properties: Record<string, unknown> }).properties,
      ),
      responses: { '200': ok('{practice: true, report}'), ...errors(400, 401, 403, 413, 422) },
    },
  },
  '/api/training/course': {
    get: {
      tags: ['training'],
      summary: 'The training course in the caller’s language: lessons (Markdown) and exercises',
      responses: { '200': ok('{lessons, exercises}') },
    },
  },
  '/api/training/exercises/{id}': {
    get: {
      tags: ['training'],
      summary: 'One exercise and its practice file (CSV text)',
      parameters: [exercise],
      responses: { '200': ok('{exercise, file}'), ...errors(404) },
    },
  },
  '/api/training/exercises/{id}/file': {
    get: {
      tags: ['training'],
      summary: 'The exercise’s practice file, as a CSV download',
      parameters: [exercise],
      responses: { '200': { description: 'text/csv' }, ...errors(404) },
    },
  },
  '/api/training/exercises/{id}/attempts': {
    post: {
      tags: ['training'],
      summary:
        'Check a corrected file in practice mode and keep the attempt (completes the exercise when it passes)',
      security: signedIn,
      parameters: [exercise],
      requestBody: multipart((schemaOf(AttemptFields) as { properties: Record<string, unknown> }).properties),
      responses: { '201': ok('{attempt, verdict, report, progress}'), ...errors(400, 401, 404, 413) },
    },
  },
  '/api/training/progress': {
    get: {
      tags: ['training'],
      summary: 'The caller’s progress at each exercise',
      security: signedIn,
      responses: { '200': ok('{progress}'), ...errors(401) },
    },
  },
  '/api/training/learners': {
    get: {
      tags: ['training'],
      summary: 'Every learner’s progress, learner × exercise (OAS staff)',
      security: signedIn,
      responses: { '200': ok('{learners}'), ...errors(401, 403) },
    },
  },
};
