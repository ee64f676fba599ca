// The columns of a table download (CSV and XLSX): each dimension as its code and its name in
// the reader's language, the value, the unit multiplier, the flags (status and confidentiality,
// code and meaning), the footnote, survey quality (CV, n) and the release it comes from.
import { ATTRIBUTES, getCodelist, label, OBS_VALUE } from '../../framework/index.js';
import type { Lang, TableDef } from '../../framework/types.js';
import { codeName } from '../../sdmx/code-labels.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';

export type DownloadCell = string | number | null;

const HEADINGS = {
  name: { en: 'name', es: 'nombre', fr: 'libellé', pt: 'nome' },
  meaning: { en: 'meaning', es: 'significado', fr: 'signification', pt: 'significado' },
  release: { en: 'Release', es: 'Publicación', fr: 'Diffusion', pt: 'Publicação' },
} as const;

function attributeName(id: string, lang: Lang): string {
  const attr = ATTRIBUTES.find((a) => a.id === id);
  return attr ? label(attr.names, lang) : id;
}

function codeMeaning(codelistId: string, code: string, lang: Lang): string {
  const found = getCodelist(codelistId)?.codes.find((c) => c.id === code);
  return found ? label(found.labels, lang) : '';
}

export interface DownloadColumns {
  /** Two header rows: ids (machine-readable) and names in the reader's language. */
  ids: string[];
  names: string[];
  row(obs: DisclosedObservation): DownloadCell[];
}

export function downloadColumns(table: TableDef, lang: Lang): DownloadColumns {
  const ids: string[] = [];
  const names: string[] = [];
  for (const d of table.dimensions) {
    ids.push(d.id, `${d.id}_NAME`);
    names.push(label(d.names, lang), `${label(d.names, lang)} (${HEADINGS.name[lang]})`);
  }
  const flag = (id: string) => {
    ids.push(id, `${id}_NAME`);
    names.push(attributeName(id, lang), `${attributeName(id, lang)} (${HEADINGS.meaning[lang]})`);
  };
  ids.push(OBS_VALUE.id, 'UNIT_MULT');
  names.push(label(OBS_VALUE.names, lang), attributeName('UNIT_MULT', lang));
  flag('OBS_STATUS');
  flag('CONF_STATUS');
  ids.push('OBS_NOTE');
  names.push(attributeName('OBS_NOTE', lang));
  if (table.survey) {
    ids.push('CV', 'SAMPLE_N');
    names.push(attributeName('CV', lang), attributeName('SAMPLE_N', lang));
  }
  ids.push('RELEASE_ID');
  names.push(HEADINGS.release[lang]);

  return {
    ids,
    names,
    row(obs) {
      const cells: DownloadCell[] = [];
      for (const d of table.dimensions) {
        const code = obs.key[d.id] ?? '';
        cells.push(code, codeName(d, code, lang));
      }
      cells.push(obs.value, table.unitMultiplier);
      cells.push(obs.status, codeMeaning('CL_OBS_STATUS', obs.status, lang));
      cells.push(obs.conf, codeMeaning('CL_CONF_STATUS', obs.conf, lang));
      cells.push(obs.note ?? '');
      if (table.survey) cells.push(obs.cv ?? null, obs.sampleN ?? null);
      cells.push(obs.releaseId);
      return cells;
    },
  };
}
