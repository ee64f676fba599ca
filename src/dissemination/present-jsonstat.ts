// The JSON answer of /api/data as a JSON-stat 2.0 dataset (https://json-stat.org/full/): the
// same read, so both say the same. Only cells that exist are in `value` (an object keyed by the
// cell's position in the cube), a protected cell as null; OBS_STATUS is JSON-stat `status`;
// confidentiality, footnotes and release ids, which JSON-stat has no place for, sit in
// `extension.sicremi`, keyed the same way.
import type { TableDef } from '../framework/types.js';
import type { DataAnswer } from './present-data.js';

export interface JsonStatDataset {
  version: '2.0';
  class: 'dataset';
  label: string;
  source: string;
  updated: string;
  id: string[];
  size: number[];
  role: { time: string[]; geo: string[] };
  dimension: Record<
    string,
    { label: string; category: { index: Record<string, number>; label: Record<string, string> } }
  >;
  value: Record<string, number | null>;
  status: Record<string, string>;
  note?: string[];
  extension: {
    sicremi: {
      table: string;
      lang: string;
      asOf: string;
      releases: DataAnswer['releases'];
      conf: Record<string, string>;
      notes: Record<string, string>;
      release: Record<string, number>;
      count: number;
      total: number;
      truncated: boolean;
    };
  };
}

export function presentJsonStat(table: TableDef, answer: DataAnswer): JsonStatDataset {
  const ids = answer.dimensions.map((d) => d.id);
  const size = answer.dimensions.map((d) => Math.max(1, d.codes.length));
  const positions = answer.dimensions.map((d) => new Map(d.codes.map((c, i) => [c.id, i])));
  const dimension: JsonStatDataset['dimension'] = {};
  for (const d of answer.dimensions) {
    dimension[d.id] = {
      label: d.name,
      category: {
        index: Object.fromEntries(d.codes.map((c, i) => [c.id, i])),
        label: Object.fromEntries(d.codes.map((c) => [c.id, c.name])),
      },
    };
  }
  const value: JsonStatDataset['value'] = {};
  const status: JsonStatDataset['status'] = {};
  const conf: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const release: Record<string, number> = {};
  for (const o of answer.observations) {
    let index = 0;
    for (let i = 0; i < ids.length; i++) index = index * size[i]! + positions[i]!.get(o.key[ids[i]!] ?? '')!;
    const at = String(index);
    value[at] = o.value;
    status[at] = o.status;
    conf[at] = o.conf;
    if (o.note) notes[at] = o.note;
    release[at] = o.releaseId;
  }
  const sources = [...new Set(answer.releases.map((r) => r.source.publisher).filter(Boolean))];
  const releaseNotes = answer.truncated
    ? [`Truncated: ${answer.count} of ${answer.total} observations; narrow the query or raise limit.`]
    : [];
  return {
    version: '2.0',
    class: 'dataset',
    label: `SICREMI — ${answer.table.name}`,
    source: sources.join('; ') || 'Organization of American States (OAS), SICREMI',
    updated:
      answer.releases
        .map((r) => r.publishedAt)
        .sort()
        .at(-1) ?? answer.asOf,
    id: ids,
    size,
    role: { time: ['TIME_PERIOD'], geo: ['REF_AREA'] },
    dimension,
    value,
    status,
    ...(releaseNotes.length > 0 ? { note: releaseNotes } : {}),
    extension: {
      sicremi: {
        table: table.id,
        lang: answer.lang,
        asOf: answer.asOf,
        releases: answer.releases,
        conf,
        notes,
        release,
        count: answer.count,
        total: answer.total,
        truncated: answer.truncated,
      },
    },
  };
}
