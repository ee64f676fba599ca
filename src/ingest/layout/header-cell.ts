// Header cells as correspondents and SDMX tools write them: "SEX", "Sexo", "SEX: Sex"
// (SDMX-CSV labels=both), "ATTR[]" (multi-valued). SDMX-CSV's own columns (STRUCTURE,
// ACTION...) say how the message is built, not what it holds: they are set aside, unreported.
import type { Cell } from '../readers/raw-row.js';

const SDMX_CONTROL = new Set([
  'STRUCTURE',
  'STRUCTURE_ID',
  'STRUCTURE_NAME',
  'ACTION',
  'SERIES_KEY',
  'OBS_KEY',
  'DATAFLOW',
  'SERIESKEY',
]);

export function headerText(cell: Cell | undefined): string {
  return cell === undefined ? '' : String(cell).trim();
}

/** The texts a header may be recognised by, most specific first. */
export function headerCandidates(text: string): string[] {
  const candidates = [text];
  const id = /^([A-Za-z][\w.]*)(?:\[[^\]]*\])?(?::\s.*)?$/.exec(text)?.[1];
  if (id && id !== text) candidates.push(id);
  return candidates;
}

export function isSdmxControlHeader(text: string): boolean {
  return SDMX_CONTROL.has(text.replace(/\[.*\]$/, '').toUpperCase());
}
