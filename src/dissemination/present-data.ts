// The JSON answer of GET /api/data/:table, the web app's contract: the table, the releases the
// rows come from, the dimensions with the codes present (named in the reader's language), the
// observations, and counts that never hide a cut (count, total, truncated). Codes come in
// reading order (pivot/order-codes.ts), the order every view shows them in. A point of an older
// edition shown beside a newer edition's series of the same source (IMS2019's 2019 beside
// IMS2020) is marked B with a note naming both editions (FRAMEWORK §9); its release still
// answers it as published.
import { findOlderEditionPoints, label } from '../framework/index.js';
import type { Lang, TableDef } from '../framework/types.js';
import type { ReleaseInfo } from '../store/repositories/release-queries.js';
import { codeName } from './code-labels.js';
import { orderCodes } from './pivot/order-codes.js';
import type { DisseminatedRead } from './read-disseminated.js';
import { originOfRelease } from './release-origin.js';

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
  const breaks = noteEditionBreaks(table, read, releases);
  return {
    table: { id: table.id, name: label(table.names, lang) },
    lang,
    asOf: at,
    releases: releases.map((r) => ({ id: r.id, publishedAt: r.publishedAt, source: r.source })),
    dimensions,
    observations: read.observations.map((o, index) => {
      const edition = breaks.get(index);
      return {
        key: o.key,
        value: o.value,
        status: edition && o.value !== null ? 'B' : o.status,
        conf: o.conf,
        note: edition && o.value !== null ? [o.note, edition].filter(Boolean).join(' | ') : (o.note ?? null),
        releaseId: o.releaseId,
        ...(o.protection ? { protection: o.protection } : {}),
      };
    }),
    count: read.observations.length,
    total: read.total,
    truncated: read.truncated,
  };
}

/** Index → note, for the points of an older edition beside a newer one of the same source. */
function noteEditionBreaks(
  table: TableDef,
  read: DisseminatedRead,
  releases: readonly ReleaseInfo[],
): Map<number, string> {
  const origins = new Map(releases.map((r) => [r.id, originOfRelease(r)]));
  const dims = table.dimensions.map((d) => d.id).filter((d) => d !== 'TIME_PERIOD');
  const points = read.observations.map((o) => {
    const origin = origins.get(o.releaseId);
    return {
      series: dims.map((d) => o.key[d] ?? '').join('.'),
      source: origin?.source ?? `release-${o.releaseId}`,
      edition: origin?.edition ?? '',
    };
  });
  const notes = new Map<number, string>();
  for (const [index, newest] of findOlderEditionPoints(points)) {
    const obs = read.observations[index]!;
    const title = origins.get(obs.releaseId)?.title ?? '';
    const newer = releases.find(
      (r) => r.sourceId === origins.get(obs.releaseId)?.source && r.sourceEdition === newest,
    );
    const newerTitle = newer ? originOfRelease(newer).title : newest;
    notes.set(
      index,
      `${title}: ${newerTitle} does not estimate ${obs.key.TIME_PERIOD}; not comparable with its series (break in series)`,
    );
  }
  return notes;
}
