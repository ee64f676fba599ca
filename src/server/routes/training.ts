// Practice mode and training (issues 6 and 8). Practice: a file checked by the upload pipeline
// with nothing stored. Training: the course and its exercises (public reading), attempts and
// one's own progress (signed in), everyone's progress (OAS staff). Thin: parse, call, respond.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bufferSource } from '../../ingest/index.js';
import { attemptExercise } from '../../training/attempt-exercise.js';
import { findExercise } from '../../training/course.js';
import { describeExercise, readCourse, readPracticeFile } from '../../training/read-course.js';
import { readLearnersProgress, readMyProgress } from '../../training/read-progress.js';
import { practiseUpload } from '../../workflow/practice/practise-upload.js';
import { localizeReport } from '../../workflow/submissions/localize-report.js';
import { requireRole } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { requestLanguage } from '../request-language.js';
import { parseInput } from './parse-input.js';
import { readUploadInMemory } from './read-upload.js';
import { AttemptFields, AttemptJustifications, PracticeFields } from './training-schemas.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';

export function registerTrainingRoutes(app: FastifyInstance, deps: WorkflowDeps): void {
  const { store } = deps;
  const signedIn = { preHandler: requireRole() };
  const staff = { preHandler: requireRole('admin', 'reviewer') };

  app.post('/api/submissions/practice', signedIn, async (request) => {
    const { actor } = actorContext(request);
    const upload = await readUploadInMemory(request, 'practice');
    const fields = parseInput(PracticeFields, upload.fields);
    const report = await practiseUpload(store, actor, {
      source: bufferSource(upload.bytes, upload.fileName),
      table: fields.table,
      country: fields.country,
    });
    return { practice: true, report: localizeReport({ ...report }, requestLanguage(request)) };
  });

  app.get('/api/training/course', async (request) => readCourse(requestLanguage(request)));

  app.get('/api/training/exercises/:id', async (request) => {
    const exercise = requireExercise(request);
    return {
      exercise: describeExercise(exercise, requestLanguage(request)),
      file: { name: `${exercise.id}.csv`, csv: readPracticeFile(exercise) },
    };
  });

  app.get('/api/training/exercises/:id/file', async (request, reply) => {
    const exercise = requireExercise(request);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="sicremi-${exercise.id}.csv"`)
      .send(readPracticeFile(exercise));
  });

  app.post('/api/training/exercises/:id/attempts', signedIn, async (request, reply) => {
    const exercise = requireExercise(request);
    const context = actorContext(request);
    const upload = await readUploadInMemory(request, `${exercise.id}.csv`);
    const fields = parseInput(AttemptFields, upload.fields);
    const outcome = await attemptExercise(store, context, exercise, {
      source: bufferSource(upload.bytes, upload.fileName),
      justifications: parseJustifications(fields.justifications),
      lang: requestLanguage(request),
    });
    return reply.code(201).send(outcome);
  });

  app.get('/api/training/progress', signedIn, async (request) => ({
    progress: await readMyProgress(store.db, actorContext(request).actor.id),
  }));

  app.get('/api/training/learners', staff, async () => ({
    learners: await readLearnersProgress(store.db),
  }));
}

function requireExercise(request: FastifyRequest) {
  const id = String((request.params as { id?: string }).id ?? '');
  const exercise = findExercise(id);
  if (!exercise) throw new ApiError('NOT_FOUND', 404, { path: request.url.split('?')[0] ?? '' });
  return exercise;
}

function parseJustifications(text: string | undefined) {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError('BAD_REQUEST', 400, { detail: 'justifications: not JSON' });
  }
  return parseInput(AttemptJustifications, parsed).map((j) => ({
    row: j.row ?? null,
    key: j.key ?? null,
    text: j.text,
  }));
}
