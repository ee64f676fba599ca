// SDMX-ML data answers, streamed: a query that reads as one store selection is counted (413
// past MAX_SDMX_OBSERVATIONS, 204/404 when empty) and then written page by page as the store
// yields it, so neither the observations nor the document are ever held whole. Other queries
// (several keys, filters on values, vintages) are read first and written in the same way.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { computeValidators, matchesIfNoneMatch } from '../../dissemination/cache/validators.js';
import { streamDisseminated } from '../../dissemination/read-disseminated.js';
import { streamableSelection } from '../../dissemination/read-sdmx-data.js';
import type { VintagePart } from '../../dissemination/read-sdmx-history.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import type { Observation } from '../../framework/observation.js';
import { createDataMlWriter, type MlFlow } from '../../sdmx/data-ml.js';
import type { SdmxDataQuery } from '../../sdmx/data-query.js';
import type { DataFormat } from '../../sdmx/negotiate-format.js';
import { countPublished, type ObservationSelection } from '../../store/repositories/observations.js';
import type { Store } from '../../store/store.js';
import { MAX_SDMX_OBSERVATIONS, SdmxHttpError, type SdmxRequest } from './sdmx-common.js';
import { type Api, noResults, readParts, vary } from './sdmx-serve.js';

const CHUNK = 5000;

type Plan =
  | { query: SdmxDataQuery; selection: ObservationSelection }
  | { query: SdmxDataQuery; parts: VintagePart[] };

function flowOf(query: SdmxDataQuery): MlFlow {
  return {
    dataflow: query.dataflow,
    dimensionAtObservation: query.dimensionAtObservation,
    attributes: query.attributes,
    includeMeasure: query.includeMeasure,
    includeObservations: query.includeObservations,
  };
}

/** Observations grouped by series (every dimension but the observation one), for a cross-section. */
function bySeries(query: SdmxDataQuery, observations: Observation[]): Observation[] {
  const obsDim = query.dimensionAtObservation;
  if (obsDim === 'TIME_PERIOD' || obsDim === 'AllDimensions') return observations;
  const dims = query.table.dimensions.filter((d) => d.id !== obsDim).map((d) => d.id);
  const seriesKey = (o: Observation) => dims.map((d) => o.key[d] ?? '').join('\u001f');
  return [...observations].sort((a, b) => {
    const ka = seriesKey(a);
    const kb = seriesKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

async function plan(store: Store, queries: readonly SdmxDataQuery[], api: Api): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const query of queries) {
    const streamable =
      query.dimensionAtObservation === 'TIME_PERIOD' || query.dimensionAtObservation === 'AllDimensions';
    const selection =
      streamable && !(api === 'v2' && query.updatedAfter)
        ? streamableSelection(query, PUBLIC_VIEWER)
        : undefined;
    if (selection === 'empty') continue;
    if (selection) {
      const total = await countPublished(store.db, selection);
      if (total > MAX_SDMX_OBSERVATIONS) {
        throw new SdmxHttpError(
          413,
          `The answer would exceed ${MAX_SDMX_OBSERVATIONS} observations: narrow the key or the periods, or use /api/download, which streams.`,
        );
      }
      if (total > 0) plans.push({ query, selection });
      continue;
    }
    const read = await readParts(store, query, api);
    if (read.parts.length > 0) plans.push({ query, parts: read.parts });
  }
  return plans;
}

export async function streamDataMl(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  api: Api,
  sdmx: SdmxRequest,
  format: Extract<DataFormat, { kind: 'xml' }>,
  queries: readonly SdmxDataQuery[],
  key: string,
) {
  const validators = await computeValidators(store.db, key, PUBLIC_VIEWER, vary());
  reply.headers(validators.headers);
  if (matchesIfNoneMatch(request.headers['if-none-match'], validators.etag)) return reply.code(304).send();
  const plans = await plan(store, queries, api);
  if (plans.length === 0) return reply.code(noResults(api).status).send();
  const writer = createDataMlWriter(
    format.ml,
    format.version,
    plans.map((p) => flowOf(p.query)),
    sdmx.lang,
  );

  async function* generate(): AsyncGenerator<string> {
    yield writer.start();
    for (const [i, p] of plans.entries()) {
      if ('selection' in p) {
        yield writer.beginDataSet(i);
        for await (const page of streamDisseminated(store.db, p.selection, PUBLIC_VIEWER))
          yield writer.rows(page);
        yield writer.endDataSet();
        continue;
      }
      for (const part of p.parts) {
        yield writer.beginDataSet(i, part);
        const observations = bySeries(p.query, part.observations);
        for (let at = 0; at < observations.length; at += CHUNK)
          yield writer.rows(observations.slice(at, at + CHUNK));
        yield writer.endDataSet();
      }
    }
    yield `${writer.end()}\n`;
  }

  const body = Readable.from(generate());
  body.on('error', (error) => request.log.error({ err: error }, 'SDMX-ML answer failed midway'));
  return reply
    .code(200)
    .header('content-type', format.mediaType)
    .header('content-language', sdmx.lang)
    .send(body);
}
