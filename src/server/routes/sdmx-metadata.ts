// SDMX REST 2.0.0 reference metadata queries, as far as SICREMI's metadata go: the metadata on
// sources (FRAMEWORK §5) as metadata sets, by metadata set (/metadata/metadataset/{providerID}/
// {resourceID}/{version}, the provider being the reporting country) or by the dataflow they
// describe (/metadata/structure/dataflow/{agencyID}/{resourceID}/{version}). Wildcards: `*`;
// versions `~` and `1.0`. Other metadata queries answer 501.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STRUCTURE_VERSION } from '../../sdmx/artefacts.js';
import {
  buildMetadataMessage,
  METADATA_MEDIA_TYPE,
  METADATA_SET_VERSION,
  metadataSetId,
} from '../../sdmx/metadata-json-v2.js';
import { rawPathSegments } from '../../sdmx/raw-query.js';
import {
  listPublicSourceMetadata,
  type SourceMetadataRecord,
} from '../../store/repositories/source-metadata.js';
import type { Store } from '../../store/store.js';
import { readSdmxRequest, SdmxHttpError } from './sdmx-common.js';

const PREFIX = '/sdmx/v2/';

const matches = (pattern: string | undefined, value: string) =>
  pattern === undefined || pattern === '*' || pattern.split(',').includes(value);

function checkVersion(version: string | undefined, current: string): void {
  if (version !== undefined && !['*', '~', '+', current].includes(version)) {
    throw new SdmxHttpError(404, `No metadata of version ${version}: the current version is ${current}.`);
  }
}

async function answer(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  select: (segments: string[]) => (record: SourceMetadataRecord) => boolean,
) {
  const sdmx = readSdmxRequest(request, 'v2');
  const segments = rawPathSegments(request.url, PREFIX).slice(2);
  const keep = select(segments);
  const records = (await listPublicSourceMetadata(store.db, { at: new Date().toISOString() })).filter(keep);
  if (records.length === 0) throw new SdmxHttpError(404, 'No metadata set matches the query.');
  reply
    .header('content-type', METADATA_MEDIA_TYPE)
    .header('content-language', sdmx.lang)
    .header('cache-control', 'public, max-age=60');
  // As bytes: Fastify would otherwise rewrite the SDMX media type (adding a charset).
  return reply.send(
    Buffer.from(JSON.stringify(buildMetadataMessage(records, { self: sdmx.selfUrl, lang: sdmx.lang }))),
  );
}

export function registerSdmxMetadataRoutes(scope: FastifyInstance, store: Store): void {
  scope.get('/v2/metadata/metadataset/*', (request, reply) =>
    answer(store, request, reply, ([provider, resource, version]) => {
      checkVersion(version, METADATA_SET_VERSION);
      return (r) => matches(provider, r.country) && matches(resource, metadataSetId(r));
    }),
  );
  scope.get('/v2/metadata/structure/*', (request, reply) =>
    answer(store, request, reply, ([type, agency, resource, version]) => {
      if (type !== 'dataflow' && type !== '*') {
        throw new SdmxHttpError(501, `Metadata are attached to dataflows only, not to ${type}.`);
      }
      checkVersion(version, STRUCTURE_VERSION);
      if (!matches(agency, 'OAS')) return () => false;
      return (r) => matches(resource, r.table);
    }),
  );
}
