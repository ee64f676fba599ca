// Availability queries: REST 2.0.0 /availability/{context}/{agency}/{id}/{version}/{key}/{componentId}
// and REST 1.5 /availableconstraint/{flow}/{key}/{provider}/{componentID}. The answer is a
// structure message holding the dataflow's actual constraint under the query's filters (the
// codes with data, the observation count, the time range), with the artefacts `references` asks
// for (code lists narrowed to the available codes). mode=exact only: the codes within the query.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerWithCache } from '../../dissemination/cache/cached-answer.js';
import { readAvailability } from '../../dissemination/read-availability.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import { ARTEFACTS, type Artefact, constraintId } from '../../sdmx/artefacts.js';
import type { SdmxDataQuery } from '../../sdmx/data-query.js';
import { negotiateStructureFormat, STRUCTURE_MEDIA_TYPES } from '../../sdmx/negotiate-format.js';
import { rawParam } from '../../sdmx/raw-query.js';
import { type Parsed, problem } from '../../sdmx/sdmx-problem.js';
import { narrowToUsed, type SelectedArtefact, selectArtefacts } from '../../sdmx/select-artefacts.js';
import { buildStructureMessageV1 } from '../../sdmx/structure-json-v1.js';
import { buildStructureMessageV2 } from '../../sdmx/structure-json-v2.js';
import { buildStructureMessageMl21 } from '../../sdmx/structure-ml-v21.js';
import { buildStructureMessageMl30 } from '../../sdmx/structure-ml-v30.js';
import type { Store } from '../../store/store.js';
import { sendAnswer } from './data.js';
import {
  fail,
  MAX_SDMX_OBSERVATIONS,
  readSdmxRequest,
  SdmxHttpError,
  type SdmxRequest,
} from './sdmx-common.js';
import { type Api, checkLastModified, noResults, vary } from './sdmx-serve.js';

export interface AvailabilityQuery {
  data: SdmxDataQuery;
  componentId: string;
  references: 'none' | 'all' | 'datastructure' | 'codelist' | 'conceptscheme' | 'dataflow';
}

const REFERENCES = ['none', 'all', 'datastructure', 'codelist', 'conceptscheme', 'dataflow'];

/** What both versions share once the data query is parsed: the component, mode and references. */
export function finishAvailability(
  data: Parsed<SdmxDataQuery>,
  componentId: string | undefined,
  sdmx: SdmxRequest,
): Parsed<AvailabilityQuery> {
  if (!data.ok) return data;
  const component =
    componentId === undefined || componentId === '' || componentId === '*' ? 'all' : componentId;
  if (component !== 'all' && !data.value.table.dimensions.some((d) => d.id === component))
    return problem(400, `${component} is not a dimension of ${data.value.dataflow.id}.`);
  const mode = rawParam(sdmx.query, 'mode') ?? 'exact';
  if (mode === 'available')
    return problem(501, 'mode=available is not implemented: SICREMI answers mode=exact.');
  if (mode !== 'exact') return problem(400, 'mode must be exact or available.');
  const references = rawParam(sdmx.query, 'references') ?? 'none';
  if (!REFERENCES.includes(references))
    return problem(400, `references must be one of ${REFERENCES.join(', ')}.`);
  return {
    ok: true,
    value: {
      data: data.value,
      componentId: component,
      references: references as AvailabilityQuery['references'],
    },
  };
}

function referencedArtefacts(query: AvailabilityQuery): SelectedArtefact[] {
  if (query.references === 'none') return [];
  const flow = query.data.dataflow;
  const all = selectArtefacts({
    types: ['dataflow'],
    agencies: [flow.agency],
    ids: [flow.id],
    versions: { kind: 'list', values: [flow.version] },
    items: '*',
    detail: 'full',
    references: 'descendants',
  }).map((s) => ({ ...s, referenced: true }));
  const wanted = (a: Artefact) => query.references === 'all' || a.type === query.references;
  return all.filter((s) => wanted(s.artefact));
}

export async function serveAvailability(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  api: Api,
  parse: (sdmx: SdmxRequest) => Parsed<AvailabilityQuery>,
) {
  const sdmx = readSdmxRequest(request, api);
  const format = negotiateStructureFormat(request.headers.accept, rawParam(sdmx.query, 'format'), api);
  if (!format)
    throw new SdmxHttpError(406, `Available structure formats: ${STRUCTURE_MEDIA_TYPES.join(', ')}.`);
  const parsed = parse(sdmx);
  if (!parsed.ok) fail(parsed.problem);
  const query = parsed.value;
  const key = `sdmx-availability|${request.url}|${format.mediaType}|${sdmx.lang}`;
  if (await checkLastModified(store, request, reply, key)) return reply;
  const answer = await answerWithCache(
    store.db,
    {
      key,
      viewer: PUBLIC_VIEWER,
      ifNoneMatch: request.headers['if-none-match'],
      acceptEncoding: request.headers['accept-encoding'],
      vary: vary(),
    },
    async () => {
      const outcome = await readAvailability(
        store.db,
        query.data,
        query.componentId,
        PUBLIC_VIEWER,
        MAX_SDMX_OBSERVATIONS,
      );
      if (!outcome.ok) throw new SdmxHttpError(outcome.status, outcome.detail);
      if (outcome.availability.count === 0) return noResults(api);
      const constraint = ARTEFACTS.find(
        (a) => a.type === 'dataconstraint' && a.id === constraintId(query.data.dataflow.id),
      )!;
      const selected = narrowToUsed(
        [
          { artefact: constraint, presentation: 'full', availability: outcome.availability },
          ...referencedArtefacts(query),
        ],
        [outcome.availability],
      );
      const body =
        format.kind === 'structure-xml'
          ? (format.version === '3.0' ? buildStructureMessageMl30 : buildStructureMessageMl21)(
              selected,
              sdmx.lang,
            )
          : JSON.stringify(
              format.version === '2.0.0'
                ? buildStructureMessageV2(
                    selected,
                    sdmx.lang,
                    sdmx.base.replace(/\/v1$/, '/v2'),
                    sdmx.selfUrl,
                  )
                : buildStructureMessageV1(
                    selected,
                    sdmx.lang,
                    sdmx.base.replace(/\/v2$/, '/v1'),
                    sdmx.selfUrl,
                  ),
            );
      return { status: 200, contentType: format.mediaType, body, headers: { 'content-language': sdmx.lang } };
    },
  );
  return sendAnswer(reply, answer);
}
