// A file can say itself which table and country it holds, so that uploading it needs no
// options: our templates carry a hidden sheet (XLSX) or a first title line (CSV) naming them,
// and an SDMX-CSV row names its dataflow. Options given by the caller always win.
import type { Cell, RawRow, TemplateIdentity } from '../readers/raw-row.js';

export const IDENTITY_SHEET = '_sicremi';
export const IDENTITY_LINE_PREFIX = 'SICREMI template';

function settle(identity: TemplateIdentity, key: string, value: string): void {
  const clean = value.trim();
  if (key === 'table') identity.table = clean.toUpperCase();
  else if (key === 'country') identity.country = clean.toUpperCase();
  else if (key === 'layout' && (clean === 'long' || clean === 'wide')) identity.layout = clean;
}

/** The hidden sheet's rows are `key | value` pairs. */
export function readIdentitySheet(rows: readonly RawRow[]): TemplateIdentity {
  const identity: TemplateIdentity = {};
  for (const { cells } of rows)
    settle(identity, String(cells[0] ?? '').toLowerCase(), String(cells[1] ?? ''));
  return identity;
}

/** "SICREMI template: table=MIG_STOCK_FB; country=CHL; layout=long" in a CSV's first cell. */
export function readIdentityLine(cell: Cell | undefined): TemplateIdentity | undefined {
  if (typeof cell !== 'string' || !cell.startsWith(IDENTITY_LINE_PREFIX)) return undefined;
  const identity: TemplateIdentity = {};
  for (const match of cell.matchAll(/(\w+)=([^;]+)/g))
    settle(identity, match[1] as string, match[2] as string);
  return identity;
}

export function formatIdentityLine(identity: Required<TemplateIdentity> & { lang: string }): string {
  return `${IDENTITY_LINE_PREFIX}: table=${identity.table}; country=${identity.country}; layout=${identity.layout}; lang=${identity.lang}`;
}

/** SDMX-CSV's STRUCTURE_ID / DATAFLOW cell, "OAS:MIG_STOCK_FB(1.0)", names the table. */
export function readSdmxTable(cell: Cell | undefined): string | undefined {
  const match = /^(?:[\w.]+:)?(?:DF_)?([A-Z][A-Z0-9_]*)(?:\(|:|$)/.exec(String(cell ?? '').trim());
  return match?.[1];
}
