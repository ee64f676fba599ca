// Serving SDMX structure and data queries, for either API version: negotiate the format
// (406), parse the query (400/404/501), read through the dissemination gateway (disclosure
// control applied; 413 when too large), answer 204 when nothing matches (REST 1.5: 404
// NoResultsFound), 200 otherwise — with ETags (304), Last-Modified (If-Modified-Since) and
// Cache-Control. JSON and CSV answers go through the public answer cache; SDMX-ML data streams.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerWithCache, type Produced } from '../../dissemination/cache/cached-answer.js';
import { computeValidators } from '../../dissemination/cache/validators.js';
import { readDataflowAvailability } from '../../dissemination/read-availability.js';
import { readSdmxData } from '../../dissemination/read-sdmx-data.js';
import { readSdmxChanges, readSdmxHistory, type VintagePart } from '../../dissemination/read-sdmx-history.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import type { Availability } from '../../sdmx/availability.js';
import type { SdmxDataQuery } from '../../sdmx/data-query.js';
import {
  DATA_MEDIA_TYPES,
  negotiateDataFormat,
  negotiateStructureFormat,
  STRUCTURE_MEDIA_TYPES,
} from '../../sdmx/negotiate-format.js';
import { rawParam } from '../../sdmx/raw-query.js';
import type { Parsed } from '../../sdmx/sdmx-problem.js';
import { narrowToUsed, type SelectedArtefact, selectArtefacts } from '../../sdmx/select-artefacts.js';
import { buildStructureMessageV1 } from '../../sdmx/structure-json-v1.js';
import { buildStructureMessageV2 } from '../../sdmx/structure-json-v2.js';
import { buildStructureMessageMl21 } from '../../sdmx/structure-ml-v21.js';
import { buildStructureMessageMl30 } from '../../sdmx/structure-ml-v30.js';
import type { StructureQuery } from '../../sdmx/structure-query.js';
import type { Store } from '../../store/store.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { sendAnswer } from './data.js';
import {
  fail,
  MAX_SDMX_OBSERVATIONS,
  readSdmxRequest,
  SdmxHttpError,
  type SdmxRequest,
} from './sdmx-common.js';
import { renderCsv, renderJson } from './sdmx-render.js';
import { streamDataMl } from './sdmx-stream.js';

export type Api = 'v1' | 'v2';

export function vary() {
  return 'Accept, Accept-Language';
}

/**
 * Last-Modified (the latest public release) on every answer, and 304 when If-Modified-Since
 * is not older — unless the client sent If-None-Match, which takes precedence (RFC 9110).
 */
export async function checkLastModified(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  key: string,
): Promise<boolean> {
  const validators = await computeValidators(store.db, key, PUBLIC_VIEWER, vary());
  if (!validators.lastModified) return false;
  reply.header('last-modified', validators.lastModified);
  const since = request.headers['if-modified-since'];
  if (request.headers['if-none-match'] || !since) return false;
  const sinceMs = Date.parse(since);
  if (Number.isNaN(sinceMs) || Date.parse(validators.lastModified) > sinceMs) return false;
  reply.code(304).headers(validators.headers).send();
  return true;
}

/** Reads the actual constraints a structure answer carries, and narrows referencepartial lists. */
async function completeStructures(
  store: Store,
  selected: SelectedArtefact[],
  detail: StructureQuery['detail'],
): Promise<SelectedArtefact[]> {
  const needed = new Map<string, SelectedArtefact['artefact']>();
  for (const s of selected) {
    if (s.artefact.type === 'dataconstraint') needed.set(s.artefact.dataflow.id, s.artefact.dataflow);
    if (detail === 'referencepartial' && s.artefact.type === 'dataflow')
      needed.set(s.artefact.id, s.artefact);
  }
  const availabilities = new Map<string, Availability>();
  for (const [id, flow] of needed) {
    if (flow.type !== 'dataflow') continue;
    const outcome = await readDataflowAvailability(store.db, flow, PUBLIC_VIEWER, MAX_SDMX_OBSERVATIONS);
    if (!outcome.ok) throw new SdmxHttpError(outcome.status, outcome.detail);
    availabilities.set(id, outcome.availability);
  }
  const filled = selected.map((s) =>
    s.artefact.type === 'dataconstraint'
      ? { ...s, availability: availabilities.get(s.artefact.dataflow.id)! }
      : s,
  );
  if (detail !== 'referencepartial') return filled;
  const flows = selected
    .filter((s) => s.artefact.type === 'dataflow')
    .map((s) => availabilities.get(s.artefact.id)!);
  return narrowToUsed(filled, flows);
}

export async function serveSdmxStructure(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  api: Api,
  parse: (r: SdmxRequest) => Parsed<StructureQuery>,
) {
  const sdmx = readSdmxRequest(request, api);
  const format = negotiateStructureFormat(request.headers.accept, rawParam(sdmx.query, 'format'), api);
  if (!format)
    throw new SdmxHttpError(406, `Available structure formats: ${STRUCTURE_MEDIA_TYPES.join(', ')}.`);
  const parsed = parse(sdmx);
  if (!parsed.ok) fail(parsed.problem);
  const key = `sdmx-structure|${request.url}|${format.mediaType}|${sdmx.lang}`;
  if (await checkLastModified(store, request, reply, key)) return reply;
  const answer = await answerWithCache(
    store.db,
    {
      key,
      viewer: PUBLIC_VIEWER,
      ifNoneMatch: request.headers['if-none-match'],
      acceptEncoding: request.headers['accept-encoding'],
      onMiss: () => spendPublicRead(request),
      vary: vary(),
    },
    async () => {
      const found = selectArtefacts(parsed.value);
      if (found.length === 0) throw new SdmxHttpError(404, 'No structure matches the query.');
      const selected = await completeStructures(store, found, parsed.value.detail);
      let body: string;
      if (format.kind === 'structure-xml')
        body = (format.version === '3.0' ? buildStructureMessageMl30 : buildStructureMessageMl21)(
          selected,
          sdmx.lang,
        );
      else {
        const message =
          format.version === '2.0.0'
            ? buildStructureMessageV2(selected, sdmx.lang, sdmx.base.replace(/\/v1$/, '/v2'), sdmx.selfUrl)
            : buildStructureMessageV1(selected, sdmx.lang, sdmx.base.replace(/\/v2$/, '/v1'), sdmx.selfUrl);
        body = JSON.stringify(message);
      }
      return { status: 200, contentType: format.mediaType, body, headers: { 'content-language': sdmx.lang } };
    },
  );
  return sendAnswer(reply, answer);
}

export interface QueryParts {
  query: SdmxDataQuery;
  parts: VintagePart[];
}

/**
 * Every part of a query's answer: one data set, or its vintages (includeHistory), or changes
 * since updatedAfter with the withdrawn cells (REST 2.0.0; 1.5 answers the changed cells only).
 */
export async function readParts(store: Store, query: SdmxDataQuery, api: Api): Promise<QueryParts> {
  const outcome = query.includeHistory
    ? await readSdmxHistory(store.db, query, PUBLIC_VIEWER, MAX_SDMX_OBSERVATIONS)
    : query.updatedAfter && api === 'v2'
      ? await readSdmxChanges(store.db, query, PUBLIC_VIEWER, MAX_SDMX_OBSERVATIONS)
      : await readSdmxData(store.db, query, PUBLIC_VIEWER, MAX_SDMX_OBSERVATIONS).then((read) =>
          read.ok
            ? {
                ok: true as const,
                parts: [{ action: 'Information' as const, observations: read.read.observations }],
              }
            : read,
        );
  if (!outcome.ok) throw new SdmxHttpError(outcome.status, outcome.detail);
  return { query, parts: outcome.parts.filter((p) => p.observations.length > 0) };
}

export async function serveSdmxData(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  api: Api,
  parse: (r: SdmxRequest) => Parsed<SdmxDataQuery[]>,
) {
  const sdmx = readSdmxRequest(request, api);
  const format = negotiateDataFormat(
    request.headers.accept,
    rawParam(sdmx.query, 'format'),
    rawParam(sdmx.query, 'labels'),
    api,
  );
  if (!format) throw new SdmxHttpError(406, `Available data formats: ${DATA_MEDIA_TYPES.join(', ')}.`);
  const parsed = parse(sdmx);
  if (!parsed.ok) fail(parsed.problem);
  const queries = parsed.value;
  if (format.version === '1.0.0' && queries.length > 1)
    throw new SdmxHttpError(
      406,
      'SDMX-JSON 1.0 and SDMX-CSV 1.0 hold one dataflow: ask for a 2.0.0 format or SDMX-ML.',
    );
  const key = `sdmx-data|${request.url}|${format.mediaType}|${sdmx.lang}`;
  if (await checkLastModified(store, request, reply, key)) return reply;
  if (format.kind === 'xml') return streamDataMl(store, request, reply, api, sdmx, format, queries, key);
  const answer = await answerWithCache(
    store.db,
    {
      key,
      viewer: PUBLIC_VIEWER,
      ifNoneMatch: request.headers['if-none-match'],
      acceptEncoding: request.headers['accept-encoding'],
      onMiss: () => spendPublicRead(request),
      vary: vary(),
    },
    async (): Promise<Produced> => {
      const answers: QueryParts[] = [];
      for (const query of queries) {
        const read = await readParts(store, query, api);
        if (read.parts.length > 0) answers.push(read);
      }
      if (answers.length === 0) return noResults(api);
      return {
        status: 200,
        contentType: format.mediaType,
        body: format.kind === 'csv' ? renderCsv(answers, format, sdmx) : renderJson(answers, format, sdmx),
        headers: { 'content-language': sdmx.lang },
      };
    },
  );
  return sendAnswer(reply, answer);
}

/** Nothing matches: REST 2.0.0 answers 204, REST 1.5 404 NoResultsFound. */
export function noResults(api: Api): Produced {
  if (api === 'v1') throw new SdmxHttpError(404, 'NoResultsFound: no data match the query.');
  return { status: 204 };
}
