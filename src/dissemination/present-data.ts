// The JSON answer of GET /api/data/:table, the web app's contract: the table, the releases the
// rows come from, the dimensions with the codes present (named in the reader's language), the
// observations, and counts that never hide a cut (count, total, truncated). Codes come in
// reading order (pivot/order-codes.ts), the order every view shows them in.
import { label } from '../framework/index.js';
import type { Lang, TableDef } from '../framework/types.js';
import type { ReleaseInfo } from '../store/repositories/release-queries.js';
import { codeName } from './code-labels.js';
import { orderCodes } from './pivot/order-codes.js';
import type { DisseminatedRead } from './read-disseminated.js';

export interface DataAnswer {
  table: { id: string; name: string };
  lang: Lang;
  asOf: string;
  releases: { id: number; publishedAt: string; source: ReleaseInfo['source'] }[];
  dimensions: { id: string; name: string; codes: { id: string; name: string }[] }[];
  observations: {
    key: Record<string, string>;
    value: number | null;
    status: string;
    conf: string;
    note: string | null;
    releaseId: number;
    protection?: string;
  }[];
  count: number;
  total: number;
  truncated: boolean;
}

export function presentData(
  table: TableDef,
  read: DisseminatedRead,
  releases: readonly ReleaseInfo[],
  lang: Lang,
  at: string,
): DataAnswer {
  const dimensions = table.dimensions.map((dimension) => {
    const codes = orderCodes(
      dimension,
      read.observations.map((o) => o.key[dimension.id] ?? ''),
      lang,
    );
    return {
      id: dimension.id,
      name: label(dimension.names, lang),
      codes: codes.map((id) => ({ id, name: codeName(dimension, id, lang) })),
    };
  });
  return {
    table: { id: table.id, name: label(table.names, lang) },
    lang,
    asOf: at,
    releases: releases.map((r) => ({ id: r.id, publishedAt: r.publishedAt, source: r.source })),
    dimensions,
    observations: read.observations.map((o) => ({
      key: o.key,
      value: o.value,
      status: o.status,
      conf: o.conf,
      note: o.note ?? null,
      releaseId: o.releaseId,
      ...(o.protection ? { protection: o.protection } : {}),
    })),
    count: read.observations.length,
    total: read.total,
    truncated: read.truncated,
  };
}
