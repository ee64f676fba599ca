// Correspondents write the same label many ways ("VENEZUELA (REP. BOLIVARIANA DE)", "venezuela
// rep bolivariana de"): two labels are the same when they differ only in case, accents,
// spacing or punctuation. Underscores are kept, so code ids such as `_U` stay distinct from `U`.

const PUNCTUATION = /[.,;:()[\]{}'"`´’‘“”«»\-–—/\\!?¿¡*#|]+/g;

/** Lower case, accents stripped (NFD), punctuation turned into spaces, spaces collapsed. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
