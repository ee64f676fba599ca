// GET /api/indicators — the indicators of FRAMEWORK §7; GET /api/indicators/:id — their values
// computed from published data (disclosure control applied), each with its status, the cells
// and releases it came from, and regional aggregates that say how many countries they cover.
import type { FastifyInstance } from 'fastify';
import { answerWithCache } from '../../dissemination/cache/cached-answer.js';
import { computeIndicator } from '../../dissemination/indicators/compute-indicator.js';
import type { IndicatorSpec } from '../../dissemination/indicators/indicator-spec.js';
import { getIndicatorSpec } from '../../dissemination/indicators/indicator-specs.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import { INDICATORS, label } from '../../framework/index.js';
import type { IndicatorDef, Lang } from '../../framework/types.js';
import { getReleasesByIds } from '../../store/repositories/release-queries.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { requestLanguage } from '../request-language.js';
import { flattenQuery, JSON_TYPE, sendAnswer } from './data.js';

function describeIndicator(def: IndicatorDef, spec: IndicatorSpec | undefined, lang: Lang) {
  return {
    id: def.id,
    name: label(def.names, lang),
    formula: label(def.formula, lang),
    unit: def.unit,
    tables: [...def.inputs],
    notes: def.notes ? label(def.notes, lang) : null,
    bySex: spec?.bySex ?? false,
    breakdowns: (spec?.breakdowns ?? []).map((b) => b.dimension),
    available: Boolean(spec && !spec.unavailable),
    ...(spec?.unavailable ? { reason: spec.unavailable } : {}),
  };
}

function listParam(
  value: string | undefined,
  name: string,
  pattern: RegExp,
  hint: string,
): string[] | undefined {
  if (value === undefined || value === '') return undefined;
  const items = value
    .split(/[,+\s]+/)
    .filter(Boolean)
    .map((v) => v.toUpperCase());
  if (items.some((i) => !pattern.test(i)))
    throw new ApiError('INVALID_PARAMETER', 400, { name, value, hint });
  return items;
}

export function registerIndicatorRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/indicators', async (request, reply) => {
    const lang = requestLanguage(request);
    reply
      .header('content-type', JSON_TYPE)
      .header('cache-control', 'public, max-age=300')
      .header('vary', 'Accept-Language');
    return {
      lang,
      indicators: INDICATORS.map((def) => describeIndicator(def, getIndicatorSpec(def.id), lang)),
    };
  });

  app.get<{ Params: { id: string } }>('/api/indicators/:id', async (request, reply) => {
    const id = request.params.id.toUpperCase();
    const def = INDICATORS.find((d) => d.id === id);
    const spec = getIndicatorSpec(id);
    if (!def || !spec) throw new ApiError('INDICATOR_NOT_FOUND', 404, { id: request.params.id });
    const query = flattenQuery(request.query);
    const countries = listParam(
      query.country,
      'country',
      /^[A-Z]{3}$/,
      'Give ISO 3166 alpha-3 codes, e.g. CHL,ARG.',
    );
    const years = listParam(query.year, 'year', /^\d{4}$/, 'Give years, e.g. 2019,2020.');
    const sex = (query.sex ?? '_T').toUpperCase();
    const sexes = spec.bySex ? ['_T', 'F', 'M'] : ['_T'];
    if (!sexes.includes(sex)) {
      throw new ApiError('INVALID_PARAMETER', 400, {
        name: 'sex',
        value: query.sex ?? '',
        hint: `Give one of ${sexes.join(', ')}.`,
      });
    }
    const lang = requestLanguage(request);
    const answer = await answerWithCache(
      store.db,
      {
        key: `indicator|${request.url}|${lang}`,
        viewer: PUBLIC_VIEWER,
        ifNoneMatch: request.headers['if-none-match'],
        acceptEncoding: request.headers['accept-encoding'],
        onMiss: () => spendPublicRead(request),
        vary: 'Accept-Language',
      },
      async () => {
        const result = await computeIndicator(store.db, {
          spec,
          sex,
          ...(countries ? { countries } : {}),
          ...(years ? { years } : {}),
        });
        const releaseIds = new Set(result.values.flatMap((v) => v.inputs.map((i) => i.releaseId)));
        const releases = await getReleasesByIds(store.db, [...releaseIds]);
        const body = {
          indicator: describeIndicator(def, spec, lang),
          lang,
          sex,
          values: result.values,
          aggregates: result.aggregates.map(({ names, ...rest }) => ({ ...rest, name: label(names, lang) })),
          releases: releases.map((r) => ({
            id: r.id,
            table: r.table,
            publishedAt: r.publishedAt,
            source: r.source,
          })),
        };
        return {
          status: 200,
          contentType: JSON_TYPE,
          body: JSON.stringify(body),
          headers: { 'content-language': lang },
        };
      },
    );
    return sendAnswer(reply, answer);
  });
}
