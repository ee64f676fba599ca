// Submissions: upload (multipart, streamed to disk under a size limit), list, detail with its
// review aids, lifecycle actions, justifications and comments. A correspondent sees and acts on
// its own countries' submissions only (403 otherwise, with no data).
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PRIVATE_FILE_MODE } from '../../store/private-files.js';
import { fileLocation, readOriginalFile } from '../../store/repositories/files.js';
import { findSubmissionVersion } from '../../store/repositories/submission-versions.js';
import { addComment, addJustification } from '../../workflow/submissions/annotate-submission.js';
import { listSubmissions } from '../../workflow/submissions/list-submissions.js';
import { localizeReport } from '../../workflow/submissions/localize-report.js';
import { readSubmissionFile } from '../../workflow/submissions/read-submission-file.js';
import { loadReadableSubmission } from '../../workflow/submissions/submission-access.js';
import { getSubmissionDetail } from '../../workflow/submissions/submission-detail.js';
import { readSubmissionPivot } from '../../workflow/submissions/submission-pivot.js';
import { isSubmissionAction } from '../../workflow/submissions/submission-states.js';
import {
  addSubmissionVersion,
  recheckSubmission,
  withdrawSubmissions,
} from '../../workflow/submissions/submission-versions.js';
import { transitionSubmission } from '../../workflow/submissions/transition-submission.js';
import { uploadSubmission } from '../../workflow/submissions/upload-submission.js';
import { requireRole } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { requestLanguage } from '../request-language.js';
import { parseId, parseInput } from './parse-input.js';
import { readParts, translateMultipartError } from './read-parts.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import {
  CommentBody,
  JustificationBody,
  SubmissionListQuery,
  SubmissionPivotQuery,
  TransitionBody,
  WithdrawBody,
} from './workflow-schemas.js';

export function registerSubmissionRoutes(app: FastifyInstance, deps: WorkflowDeps): void {
  const { store, mailer } = deps;
  const signedIn = { preHandler: requireRole() };

  app.post('/api/submissions', signedIn, async (request, reply) => {
    const context = actorContext(request);
    const upload = await receiveUpload(request, deps.config.dataDir);
    try {
      const outcome = await uploadSubmission(store, deps.importer, context, {
        filePath: upload.path,
        fileName: upload.fileName,
        mediaType: upload.mediaType,
        table: upload.fields.table ?? '',
        country: upload.fields.country ?? '',
        dataDir: deps.config.dataDir,
        files: fileLocation(deps.config),
        lang: requestLanguage(request),
      });
      const report = localizeReport(
        outcome.report as Record<string, unknown> | null,
        requestLanguage(request),
      );
      return reply.code(outcome.duplicate ? 200 : 201).send({ ...outcome, report });
    } finally {
      await rm(upload.path, { force: true });
    }
  });

  app.get('/api/submissions', signedIn, async (request) => {
    const query = parseInput(SubmissionListQuery, request.query);
    const submissions = await listSubmissions(store.db, actorContext(request).actor, {
      ...(query.country ? { country: query.country.toUpperCase() } : {}),
      ...(query.table ? { table: query.table } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.round ? { roundId: parseId(query.round) } : {}),
    });
    return { submissions };
  });

  app.get('/api/submissions/:id', signedIn, async (request) =>
    getSubmissionDetail(
      store.db,
      actorContext(request).actor,
      parseId(readParam(request, 'id')),
      requestLanguage(request),
      { fourEyes: deps.config.fourEyes },
    ),
  );

  app.get('/api/submissions/:id/file', signedIn, async (request, reply) => {
    const id = parseId(readParam(request, 'id'));
    const file = await readSubmissionFile(
      store.db,
      fileLocation(deps.config),
      actorContext(request).actor,
      id,
    );
    if (!file) throw new ApiError('NOT_FOUND', 404, { path: request.url });
    return reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('etag', `"${file.sha256}"`)
      .send(file.bytes);
  });
  registerVersionRoutes(app, deps);

  app.post('/api/submissions/:id/:action', signedIn, async (request) => {
    const action = readParam(request, 'action');
    const id = parseId(readParam(request, 'id'));
    if (action === 'justifications') {
      const body = parseInput(JustificationBody, request.body);
      return { justification: await addJustification(store, actorContext(request), id, body) };
    }
    if (action === 'comments') {
      const body = parseInput(CommentBody, request.body);
      return { comment: await addComment(store, actorContext(request), id, body) };
    }
    if (!isSubmissionAction(action)) throw new ApiError('NOT_FOUND', 404, { path: request.url });
    const body = parseInput(TransitionBody, request.body);
    return transitionSubmission(
      store,
      mailer,
      actorContext(request),
      id,
      { action, ...body },
      { fourEyes: deps.config.fourEyes },
    );
  });
}

/** Issue 17: versions of a submission, re-check in place, bulk withdrawal, the values as a pivot. */
function registerVersionRoutes(app: FastifyInstance, deps: WorkflowDeps): void {
  const { store, mailer } = deps;
  const signedIn = { preHandler: requireRole() };

  app.post('/api/submissions/withdraw', signedIn, async (request) => {
    const body = parseInput(WithdrawBody, request.body);
    return withdrawSubmissions(store, mailer, actorContext(request), body.ids);
  });

  app.post('/api/submissions/:id/versions', signedIn, async (request, reply) => {
    const context = actorContext(request);
    const id = parseId(readParam(request, 'id'));
    const upload = await receiveUpload(request, deps.config.dataDir);
    try {
      const lang = requestLanguage(request);
      const outcome = await addSubmissionVersion(store, deps.importer, context, id, {
        filePath: upload.path,
        fileName: upload.fileName,
        mediaType: upload.mediaType,
        dataDir: deps.config.dataDir,
        files: fileLocation(deps.config),
        lang,
      });
      const report = localizeReport(outcome.report as Record<string, unknown> | null, lang);
      return reply.code(201).send({ ...outcome, report });
    } finally {
      await rm(upload.path, { force: true });
    }
  });

  app.post('/api/submissions/:id/recheck', signedIn, async (request) => {
    const lang = requestLanguage(request);
    const outcome = await recheckSubmission(
      store,
      deps.importer,
      actorContext(request),
      parseId(readParam(request, 'id')),
      { dataDir: deps.config.dataDir, files: fileLocation(deps.config), lang },
    );
    return { ...outcome, report: localizeReport(outcome.report as Record<string, unknown> | null, lang) };
  });

  app.get('/api/submissions/:id/versions/:n/file', signedIn, async (request, reply) => {
    const id = parseId(readParam(request, 'id'));
    const n = parseId(readParam(request, 'n'));
    await loadReadableSubmission(store.db, actorContext(request).actor, id);
    const version = await findSubmissionVersion(store.db, id, n);
    const file = version?.file_sha256
      ? await store.db
          .selectFrom('files')
          .selectAll()
          .where('sha256', '=', version.file_sha256)
          .executeTakeFirst()
      : undefined;
    // The bytes come from wherever files are kept (database, shared directory, data directory).
    const bytes =
      version && file ? await readOriginalFile(store.db, fileLocation(deps.config), file) : undefined;
    if (!version || !file || !bytes) throw new ApiError('VERSION_NOT_FOUND', 404, { id, n });
    const name = version.file_name ?? file.original_name;
    return reply
      .header('content-type', file.media_type)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(bytes);
  });

  app.get('/api/submissions/:id/pivot', signedIn, async (request) => {
    const query = parseInput(SubmissionPivotQuery, request.query);
    const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);
    return readSubmissionPivot(
      store.db,
      actorContext(request).actor,
      parseId(readParam(request, 'id')),
      {
        rows: list(query.rows),
        cols: list(query.cols),
        offset: query.offset ?? 0,
        rowLimit: query.rowLimit ?? 100,
        compare: query.compare ?? 'published',
        only: query.only ?? 'all',
      },
      requestLanguage(request),
    );
  });
}

function readParam(request: FastifyRequest, name: string): string {
  return String((request.params as Record<string, unknown>)[name] ?? '');
}

interface ReceivedUpload {
  path: string;
  fileName: string;
  mediaType: string;
  fields: Record<string, string>;
}

/** Streams the `file` part to a temporary file; the other parts are short text fields. */
async function receiveUpload(request: FastifyRequest, dataDir: string): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw new ApiError('FILE_MISSING', 400);
  const directory = join(dataDir, 'tmp');
  await mkdir(directory, { recursive: true });
  const path = join(directory, `upload-${randomBytes(8).toString('hex')}`);
  const upload: ReceivedUpload = { path, fileName: '', mediaType: '', fields: {} };
  let hasFile = false;
  try {
    for await (const part of readParts(request)) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || hasFile) {
          part.file.resume();
          continue;
        }
        hasFile = true;
        upload.fileName = part.filename || 'upload';
        upload.mediaType = part.mimetype || 'application/octet-stream';
        await pipeline(part.file, createWriteStream(path, { mode: PRIVATE_FILE_MODE }));
      } else if (typeof part.value === 'string') {
        upload.fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    await rm(path, { force: true });
    throw translateMultipartError(error);
  }
  if (!hasFile) {
    await rm(path, { force: true });
    throw new ApiError('FILE_MISSING', 400);
  }
  return upload;
}
