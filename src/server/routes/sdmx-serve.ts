// Serving SDMX structure and data queries, for either API version: negotiate the format
// (406), parse the query (400/404/501), read through the dissemination gateway (disclosure
// control applied; 413 when too large), answer 204 when nothing matches, 200 otherwise —
// with ETags (304) and Cache-Control through the public answer cache.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerWithCache, type Produced } from '../../dissemination/cache/cached-answer.js';
import { readSdmxData } from '../../dissemination/read-sdmx-data.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import { createSdmxCsvWriter } from '../../sdmx/data-csv.js';
import { buildDataMessageV1 } from '../../sdmx/data-json-v1.js';
import { buildDataMessageV2 } from '../../sdmx/data-json-v2.js';
import type { SdmxDataQuery } from '../../sdmx/data-query.js';
import {
  DATA_MEDIA_TYPES,
  type DataFormat,
  negotiateDataFormat,
  negotiateStructureFormat,
  STRUCTURE_MEDIA_TYPES,
} from '../../sdmx/negotiate-format.js';
import { packageObservations } from '../../sdmx/package-observations.js';
import { rawParam } from '../../sdmx/raw-query.js';
import type { Parsed } from '../../sdmx/sdmx-problem.js';
import { selectArtefacts } from '../../sdmx/select-artefacts.js';
import { buildStructureMessageV1 } from '../../sdmx/structure-json-v1.js';
import { buildStructureMessageV2 } from '../../sdmx/structure-json-v2.js';
import type { StructureQuery } from '../../sdmx/structure-query.js';
import type { Store } from '../../store/store.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { sendAnswer } from './data.js';
import { fail, MAX_SDMX_OBSERVATIONS, readSdmxRequest, SdmxHttpError } from './sdmx-common.js';

type Api = 'v1' | 'v2';

function vary() {
  return 'Accept, Accept-Language';
}

export async function serveSdmxStructure(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  api: Api,
  parse: (r: ReturnType<typeof readSdmxRequest>) => Parsed<StructureQuery>,
) {
  const sdmx = readSdmxRequest(request, api);
  const format = negotiateStructureFormat(request.headers.accept, rawParam(sdmx.query, 'format'), api);
  if (!format)
    throw new SdmxHttpError(406, `Available structure formats: ${STRUCTURE_MEDIA_TYPES.join(', ')}.`);
  const parsed = parse(sdmx);
  if (!parsed.ok) fail(parsed.problem);
  const answer = await answerWithCache(
    store.db,
    {
      key: `sdmx-structure|${request.url}|${format.mediaType}|${sdmx.lang}`,
      viewer: PUBLIC_VIEWER,
      ifNoneMatch: request.headers['if-none-match'],
      acceptEncoding: request.headers['accept-encoding'],
      onMiss: () => spendPublicRead(request),
      vary: vary(),
    },
    async () => {
      const selected = selectArtefacts(parsed.value);
      if (selected.length === 0) throw new SdmxHttpError(404, 'No structure matches the query.');
      const message =
        format.version === '2.0.0'
          ? buildStructureMessageV2(selected, sdmx.lang, sdmx.base.replace(/\/v1$/, '/v2'), sdmx.selfUrl)
          : buildStructureMessageV1(selected, sdmx.lang, sdmx.base.replace(/\/v2$/, '/v1'), sdmx.selfUrl);
      return {
        status: 200,
        contentType: format.mediaType,
        body: JSON.stringify(message),
        headers: { 'content-language': sdmx.lang },
      };
    },
  );
  return sendAnswer(reply, answer);
}

function render(
  query: SdmxDataQuery,
  format: DataFormat,
  observations: Parameters<typeof packageObservations>[1],
  sdmx: ReturnType<typeof readSdmxRequest>,
): string {
  if (format.kind === 'csv') {
    const writer = createSdmxCsvWriter({
      dataflow: query.dataflow,
      version: format.version,
      labels: format.labels,
      lang: sdmx.lang,
      attributes: query.attributes,
      includeMeasure: query.includeMeasure,
    });
    return writer.header() + (query.includeObservations ? writer.rows(observations) : '');
  }
  const packaged = packageObservations(query.table, observations, {
    dimensionAtObservation: query.dimensionAtObservation,
    attributes: query.attributes,
    includeMeasure: query.includeMeasure,
  });
  const context = {
    dataflow: query.dataflow,
    lang: sdmx.lang,
    base: sdmx.base,
    selfUrl: sdmx.selfUrl,
    includeMeasure: query.includeMeasure,
    includeObservations: query.includeObservations,
  };
  const message =
    format.version === '2.0.0'
      ? buildDataMessageV2(packaged, { ...context, base: sdmx.base.replace(/\/v1$/, '/v2') })
      : buildDataMessageV1(packaged, { ...context, base: sdmx.base.replace(/\/v2$/, '/v1') });
  return JSON.stringify(message);
}

export async function serveSdmxData(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  api: Api,
  parse: (r: ReturnType<typeof readSdmxRequest>) => Parsed<SdmxDataQuery>,
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
  const query = parsed.value;
  const answer = await answerWithCache(
    store.db,
    {
      key: `sdmx-data|${request.url}|${format.mediaType}|${sdmx.lang}`,
      viewer: PUBLIC_VIEWER,
      ifNoneMatch: request.headers['if-none-match'],
      acceptEncoding: request.headers['accept-encoding'],
      onMiss: () => spendPublicRead(request),
      vary: vary(),
    },
    async (): Promise<Produced> => {
      const outcome = await readSdmxData(store.db, query, PUBLIC_VIEWER, MAX_SDMX_OBSERVATIONS);
      if (!outcome.ok) throw new SdmxHttpError(outcome.status, outcome.detail);
      if (outcome.read.observations.length === 0) return { status: 204 };
      return {
        status: 200,
        contentType: format.mediaType,
        body: render(query, format, outcome.read.observations, sdmx),
        headers: { 'content-language': sdmx.lang },
      };
    },
  );
  return sendAnswer(reply, answer);
}
