// Structure queries of SDMX REST 2.0.0 (/structure/{type}/{agency}/{id}/{version}/{item}) and
// 1.5 (/{type}/{agency}/{id}/{version}/{item}): wildcards (`*`, `all`), the latest version
// (`~`, `+`, `latest`), lists (`,` in 2.0, `+` in 1.5), `detail` and `references`. Types SDMX
// defines but SICREMI does not publish answer 501; unknown words answer 400.
import type { ArtefactType } from './artefacts.js';
import type { ApiVersion } from './negotiate-format.js';
import type { RawQuery } from './raw-query.js';
import { rawParam } from './raw-query.js';
import { type Parsed, problem } from './sdmx-problem.js';

export const IMPLEMENTED_TYPES: readonly ArtefactType[] = [
  'dataflow',
  'datastructure',
  'codelist',
  'conceptscheme',
  'agencyscheme',
  'dataconstraint',
];
const ITEM_SCHEMES: readonly ArtefactType[] = ['codelist', 'conceptscheme', 'agencyscheme'];

/** Names SDMX REST 1.5 and 2.0.0 give SICREMI's actual constraints. */
const CONSTRAINT_WORDS = new Set(['dataconstraint', 'contentconstraint', 'actualconstraint']);

// Every structure type of SDMX REST 2.0.0 and 1.5: SICREMI answers the four above, 501 the rest.
const KNOWN_TYPES = new Set([
  'metadatastructure',
  'categoryscheme',
  'hierarchy',
  'hierarchyassociation',
  'valuelist',
  'dataproviderscheme',
  'metadataproviderscheme',
  'dataconsumerscheme',
  'organisationunitscheme',
  'organisationscheme',
  'metadataflow',
  'reportingtaxonomy',
  'provisionagreement',
  'metadataprovisionagreement',
  'structuremap',
  'representationmap',
  'conceptschememap',
  'categoryschememap',
  'organisationschememap',
  'reportingtaxonomymap',
  'process',
  'categorisation',
  'metadataconstraint',
  'allowedconstraint',
  'attachmentconstraint',
  'hierarchicalcodelist',
  'structureset',
  'transformationscheme',
  'rulesetscheme',
  'userdefinedoperatorscheme',
  'customtypescheme',
  'namepersonalisationscheme',
  'vtlmappingscheme',
]);

export type Detail =
  | 'full'
  | 'allstubs'
  | 'referencestubs'
  | 'allcompletestubs'
  | 'referencecompletestubs'
  | 'referencepartial'
  | 'raw';
const DETAILS: readonly Detail[] = [
  'full',
  'allstubs',
  'referencestubs',
  'allcompletestubs',
  'referencecompletestubs',
  'referencepartial',
  'raw',
];

export type References =
  | 'none'
  | 'parents'
  | 'parentsandsiblings'
  | 'ancestors'
  | 'children'
  | 'descendants'
  | 'all'
  | ArtefactType;
const REFERENCE_WORDS = [
  'none',
  'parents',
  'parentsandsiblings',
  'ancestors',
  'children',
  'descendants',
  'all',
];

export type Selector = '*' | string[];
export type VersionSelector = { kind: 'latest' } | { kind: 'all' } | { kind: 'list'; values: string[] };

export interface StructureQuery {
  types: readonly ArtefactType[];
  agencies: Selector;
  ids: Selector;
  versions: VersionSelector;
  items: Selector;
  detail: Detail;
  references: References;
}

function readList(value: string | undefined, api: ApiVersion): Selector {
  if (value === undefined || value === '' || value === '*' || value === 'all') return '*';
  return value.split(api === 'v2' ? /[,+]/ : /[+,]/).filter(Boolean);
}

function readVersions(value: string | undefined): VersionSelector {
  if (value === undefined || value === '' || value === '~' || value === '+' || value === 'latest') {
    return { kind: 'latest' };
  }
  if (value === '*' || value === 'all') return { kind: 'all' };
  return { kind: 'list', values: value.split(',').filter(Boolean) };
}

export function parseStructureQuery(
  segments: readonly string[],
  query: RawQuery,
  api: ApiVersion,
): Parsed<StructureQuery> {
  const [type = '*', agency, id, version, item, ...extra] = segments;
  if (extra.length > 0) return problem(400, `Too many path segments: ${segments.join('/')}.`);
  let types: readonly ArtefactType[];
  if (type === '*' || type === 'structure' || type === 'all') types = IMPLEMENTED_TYPES;
  else if (CONSTRAINT_WORDS.has(type)) types = ['dataconstraint'];
  else if ((IMPLEMENTED_TYPES as readonly string[]).includes(type)) types = [type as ArtefactType];
  else if (KNOWN_TYPES.has(type))
    return problem(501, `SICREMI publishes no ${type}: only ${IMPLEMENTED_TYPES.join(', ')}.`);
  else return problem(400, `"${type}" is not an SDMX structure type.`);

  const items = readList(item, api);
  if (items !== '*' && !types.some((t) => ITEM_SCHEMES.includes(t))) {
    return problem(400, `An item id applies to item schemes (codelist, conceptscheme) only, not to ${type}.`);
  }
  const detail = (rawParam(query, 'detail') ?? 'full') as Detail;
  if (!DETAILS.includes(detail)) return problem(400, `detail must be one of ${DETAILS.join(', ')}.`);
  const referencesWord = rawParam(query, 'references') ?? 'none';
  const references = (CONSTRAINT_WORDS.has(referencesWord) ? 'dataconstraint' : referencesWord) as References;
  const isType = (IMPLEMENTED_TYPES as readonly string[]).includes(references) || KNOWN_TYPES.has(references);
  if (!REFERENCE_WORDS.includes(references) && !isType) {
    return problem(400, `references must be one of ${REFERENCE_WORDS.join(', ')} or an artefact type.`);
  }
  return {
    ok: true,
    value: {
      types: items === '*' ? types : types.filter((t) => ITEM_SCHEMES.includes(t)),
      agencies: readList(agency, api),
      ids: readList(id, api),
      versions: readVersions(version),
      items,
      detail,
      references,
    },
  };
}
