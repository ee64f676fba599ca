// The round's template of a table for one country, as the workspace downloads it. It is the
// same file `sicremi template` writes (one writer, src/ingest/template), pre-filled with the
// country's last published values — unsuppressed figures, hence for the country's own
// correspondents and OAS staff only, as every unsuppressed read is.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { getTable } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { writeTemplate } from '../../ingest/index.js';
import { queryPublished } from '../../store/repositories/observations.js';
import { syncAddedCodes } from '../../store/repositories/reference-codes.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { assertCanReadCountry, toMemberState } from './reference-access.js';

export interface TemplateFileRequest {
  table: string;
  country: string;
  lang: Lang;
  format: 'xlsx' | 'csv';
  layout: 'long' | 'wide';
}

export interface TemplateFile {
  fileName: string;
  mediaType: string;
  body: Buffer;
}

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export async function buildTemplateFile(
  db: Kysely<Database>,
  actor: Actor,
  request: TemplateFileRequest,
): Promise<TemplateFile> {
  const table = getTable(request.table.toUpperCase());
  if (!table) throw new WorkflowError('TABLE_NOT_FOUND', 404, { id: request.table });
  const country = toMemberState(request.country);
  assertCanReadCountry(actor, country);
  const published = await queryPublished(db, { table, filters: { REF_AREA: [country] } });
  // The dropdowns list the codes added by coordinators, in any process, up to now.
  await syncAddedCodes(db);
  // e.g. SICREMI_MIG_STOCK_FB_CHL_es.xlsx: says what it is once it sits in a downloads folder.
  const fileName = `SICREMI_${table.id}_${country}_${request.lang}.${request.format}`;
  // writeTemplate writes files (the CLI's need): write into a private folder, read, remove.
  const folder = await mkdtemp(join(tmpdir(), 'sicremi-template-'));
  try {
    const path = join(folder, fileName);
    await writeTemplate(path, { table, country, lang: request.lang, layout: request.layout, published });
    return { fileName, mediaType: MEDIA_TYPES[request.format], body: await readFile(path) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
