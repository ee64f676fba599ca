// The framework as readers see it in one language: what the API, the CLI and the methodology
// pages show. Pure views over the data; the full multilingual objects stay available beside them.
import { getCodelist } from './codelist-registry.js';
import { label } from './labels.js';
import type { Codelist, Lang, TableDef } from './types.js';

export interface TableSummary {
  id: string;
  name: string;
  description: string;
  kind: TableDef['kind'];
  survey: boolean;
  dimensions: string[];
}

export interface TableDescription extends TableSummary {
  unit: TableDef['unit'];
  unitMultiplier: number;
  attributes: string[];
  typicalSources: string[];
  wideDimension: string;
  requiredTotals: string[];
  dimensionDetails: {
    id: string;
    name: string;
    codelist: string | null;
    codelistName: string | null;
    hasTotal: boolean;
    position: number;
  }[];
  labels: { names: TableDef['names']; descriptions: TableDef['descriptions'] };
}

export interface CodelistDescription {
  id: string;
  agency: string;
  version: string;
  name: string;
  extensible: boolean;
  codes: { id: string; name: string; parent: string | null; derived: boolean; aliases: string[] }[];
}

export function summarizeTable(table: TableDef, lang: Lang): TableSummary {
  return {
    id: table.id,
    name: label(table.names, lang),
    description: label(table.descriptions, lang),
    kind: table.kind,
    survey: table.survey,
    dimensions: table.dimensions.map((d) => d.id),
  };
}

export function describeTable(table: TableDef, lang: Lang): TableDescription {
  return {
    ...summarizeTable(table, lang),
    unit: table.unit,
    unitMultiplier: table.unitMultiplier,
    attributes: [...table.attributes],
    typicalSources: [...table.typicalSources],
    wideDimension: table.wideDimension,
    requiredTotals: [...table.requiredTotals],
    dimensionDetails: table.dimensions.map((d, position) => {
      const list = d.codelist ? getCodelist(d.codelist) : undefined;
      return {
        id: d.id,
        name: label(d.names, lang),
        codelist: d.codelist || null,
        codelistName: list ? label(list.names, lang) : null,
        hasTotal: d.hasTotal,
        position,
      };
    }),
    labels: { names: table.names, descriptions: table.descriptions },
  };
}

export function describeCodelist(list: Codelist, lang: Lang): CodelistDescription {
  return {
    id: list.id,
    agency: list.agency,
    version: list.version,
    name: label(list.names, lang),
    extensible: Boolean(list.extensible),
    codes: list.codes.map((code) => ({
      id: code.id,
      name: label(code.labels, lang),
      parent: code.parent ?? null,
      derived: Boolean(code.derived),
      aliases: code.aliases ?? [],
    })),
  };
}

/** The first supported language of an Accept-Language header or a `lang` value, else English. */
export function negotiateLanguage(...candidates: (string | undefined)[]): Lang {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const ranked = candidate
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1 };
      })
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) if (isLang(tag)) return tag;
  }
  return 'en';
}

export function isLang(value: string): value is Lang {
  return value === 'en' || value === 'es' || value === 'fr' || value === 'pt';
}
