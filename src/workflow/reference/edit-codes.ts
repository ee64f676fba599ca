// A coordinator (admin) adds codes to an extensible code list (a new regularisation programme)
// and corrects the labels of the codes added that way. The framework's own codes change only
// with a new framework version — syncFramework would overwrite an edit — so they are read-only.
import type { Kysely } from 'kysely';
import type { Labels } from '../../framework/types.js';
import {
  findStoredCode,
  findStoredCodelist,
  insertAddedCode,
  type StoredCode,
  syncAddedCodes,
  updateCodeLabels,
} from '../../store/repositories/reference-codes.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';

// SDMX-style ids as the framework writes them: upper case, digits and underscores.
const CODE_ID = /^[A-Z0-9_]{1,40}$/;

type ActorContext = AuditContext & { actor: Actor };

export async function addCode(
  store: Store,
  context: ActorContext,
  codelistId: string,
  input: { id: string; labels: Labels },
): Promise<StoredCode> {
  const codelist = await findStoredCodelist(store.db, codelistId.toUpperCase());
  if (!codelist) throw new WorkflowError('CODELIST_NOT_FOUND', 404, { id: codelistId });
  if (!codelist.extensible) throw new WorkflowError('CODELIST_NOT_EXTENSIBLE', 409, { id: codelist.id });
  const id = input.id.trim().toUpperCase();
  if (!CODE_ID.test(id)) throw new WorkflowError('INVALID_CODE_ID', 400, { code: input.id });
  const labels = trimLabels(input.labels);
  const added = await store.transaction(async (tx) => {
    if (await findStoredCode(tx.db, codelist.id, id)) {
      throw new WorkflowError('CODE_EXISTS', 409, { code: id, id: codelist.id });
    }
    await insertAddedCode(tx.db, {
      codelist: codelist.id,
      id,
      labels,
      parent: null,
      addedBy: context.actor.id,
    });
    await audit(tx.db, context, {
      action: 'code.add',
      entityType: 'code',
      entityId: `${codelist.id}/${id}`,
      details: { labels },
    });
    return readBack(tx.db, codelist.id, id);
  });
  // Once committed, files, templates and the grid of this process accept the new code.
  await syncAddedCodes(store.db);
  return added;
}

/** `changed` is false when the labels were already these (nothing written, nothing audited). */
export async function editCodeLabels(
  store: Store,
  context: ActorContext,
  codelistId: string,
  codeId: string,
  input: Labels,
): Promise<{ code: StoredCode; changed: boolean }> {
  const labels = trimLabels(input);
  const edited = await store.transaction(async (tx) => {
    const code = await findStoredCode(tx.db, codelistId.toUpperCase(), codeId.toUpperCase());
    if (!code) throw new WorkflowError('CODE_NOT_FOUND', 404, { code: codeId, id: codelistId });
    if (code.addedBy === null) throw new WorkflowError('CODE_FROM_FRAMEWORK', 409, { code: code.id });
    if (JSON.stringify(code.labels) === JSON.stringify(labels)) return { code, changed: false };
    await updateCodeLabels(tx.db, code.codelist, code.id, labels);
    await audit(tx.db, context, {
      action: 'code.labels',
      entityType: 'code',
      entityId: `${code.codelist}/${code.id}`,
      details: { from: code.labels, to: labels },
    });
    return { code: await readBack(tx.db, code.codelist, code.id), changed: true };
  });
  if (edited.changed) await syncAddedCodes(store.db);
  return edited;
}

async function readBack(db: Kysely<Database>, codelist: string, id: string): Promise<StoredCode> {
  const code = await findStoredCode(db, codelist, id);
  if (!code) throw new Error(`code ${codelist}/${id} was written but cannot be read back`);
  return code;
}

function trimLabels(labels: Labels): Labels {
  return { en: labels.en.trim(), es: labels.es.trim(), fr: labels.fr.trim(), pt: labels.pt.trim() };
}
