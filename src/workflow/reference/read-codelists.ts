// Code lists as the store holds them — the framework's codes and those a coordinator added —
// with labels in the four languages at once, for the console's maintenance screen. A search
// matches the code id, any label and any alias the way the ingest matches national labels.
import type { Kysely } from 'kysely';
import { normalizeLabel } from '../../framework/normalize-label.js';
import {
  findStoredCodelist,
  listStoredCodelists,
  listStoredCodes,
  type StoredCode,
  type StoredCodelist,
} from '../../store/repositories/reference-codes.js';
import type { Database } from '../../store/schema.js';
import { WorkflowError } from '../workflow-error.js';

export { listStoredCodelists as listCodelists };

export async function readCodelist(
  db: Kysely<Database>,
  id: string,
  search = '',
): Promise<{ codelist: StoredCodelist; codes: StoredCode[] }> {
  const codelist = await findStoredCodelist(db, id.toUpperCase());
  if (!codelist) throw new WorkflowError('CODELIST_NOT_FOUND', 404, { id });
  const codes = await listStoredCodes(db, codelist.id);
  const needle = normalizeLabel(search);
  return { codelist, codes: needle ? codes.filter((code) => matchesSearch(code, needle)) : codes };
}

function matchesSearch(code: StoredCode, needle: string): boolean {
  const texts = [code.id, ...Object.values(code.labels), ...code.aliases];
  return texts.some((text) => normalizeLabel(text).includes(needle));
}
