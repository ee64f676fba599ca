// Which table and country a submission is for: the caller's options first, then what the file
// says of itself (template identity, SDMX-CSV dataflow), and for the country, failing all that,
// the REF_AREA of the first data row — later rows that differ are then WRONG_COUNTRY.
import { getTable } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import type { ColumnLayout } from '../layout/column-layout.js';
import { createDimensionMapper } from '../mapping/map-code.js';
import { NO_SAVED_MAPPINGS } from '../mapping/saved-mappings.js';
import type { RawRow, TemplateIdentity } from '../readers/raw-row.js';
import type { ReportDecisions } from '../report/validation-report.js';
import { readIdentityLine, readSdmxTable } from './identify-submission.js';

export interface TargetHints {
  table?: string | undefined;
  country?: string | undefined;
}

export interface ResolvedTable {
  table?: TableDef;
  /** The id asked for, when no table has it. */
  unknownId?: string;
  from?: ReportDecisions['tableFrom'];
}

export function resolveTable(
  hints: TargetHints,
  identity: TemplateIdentity,
  head: readonly RawRow[],
): ResolvedTable {
  const sdmxCell = (head[1]?.cells ?? [])[
    head[0]?.cells.findIndex((c) => /^(STRUCTURE_ID|DATAFLOW)$/i.test(String(c))) ?? -1
  ];
  const candidates: [string | undefined, ResolvedTable['from']][] = [
    [hints.table, 'option'],
    [identity.table ?? readIdentityLine(head[0]?.cells[0])?.table, 'template'],
    [readSdmxTable(sdmxCell), 'sdmx'],
  ];
  const [id, from] = candidates.find(([candidate]) => candidate) ?? [undefined, undefined];
  if (!id) return {};
  const table = getTable(id.toUpperCase());
  return table ? { table, from } : { unknownId: id };
}

export function resolveCountry(
  hints: TargetHints,
  identity: TemplateIdentity,
  head: readonly RawRow[],
): { country?: string; from?: ReportDecisions['countryFrom'] } {
  if (hints.country) return { country: hints.country.toUpperCase(), from: 'option' };
  const fromTemplate = identity.country ?? readIdentityLine(head[0]?.cells[0])?.country;
  return fromTemplate ? { country: fromTemplate, from: 'template' } : {};
}

/** REF_AREA of the first data row, mapped to its code. */
export function readCountryFromRows(layout: ColumnLayout, rows: readonly RawRow[]): string | undefined {
  const column = layout.dimensions.find((d) => d.def.id === 'REF_AREA');
  if (!column) return undefined;
  const mapper = createDimensionMapper(column.def, NO_SAVED_MAPPINGS);
  for (const row of rows) {
    const mapped = mapper.map(row.cells[column.column.index] ?? '');
    if (mapped.ok) return mapped.code;
  }
  return undefined;
}
