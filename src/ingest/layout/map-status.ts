// OBS_STATUS and CONF_STATUS cells may hold the SDMX code ("P") or its label in any language
// ("Provisional", "Estimado"). An unrecognised text is kept as written, upper-cased, so that
// validation reports it as BAD_STATUS with the value the correspondent typed.

import { getCodelistLookup } from '../mapping/codelist-lookups.js';
import type { Cell } from '../readers/raw-row.js';

export interface StatusMapper {
  map(cell: Cell): string;
}

export function createStatusMapper(codelistId: string, fallback: string): StatusMapper {
  const lookup = getCodelistLookup(codelistId);
  const cache = new Map<Cell, string>();
  return {
    map(cell) {
      if (cell === '') return fallback;
      let status = cache.get(cell);
      if (status === undefined) {
        const text = String(cell).trim();
        // "P: Provisional", as the template's drop-down lists write it.
        const prefix = /^(\w+):\s/.exec(text)?.[1];
        status = lookup?.find(text)?.id ?? (prefix && lookup?.find(prefix)?.id) ?? text.toUpperCase();
        cache.set(cell, status);
      }
      return status;
    },
  };
}
