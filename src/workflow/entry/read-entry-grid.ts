// GET /api/entry/:table/:country — the grid as its reader sees it: layout and labels in their
// language, the published figures with the draft typed over them, and the draft's issues.
import type { Kysely } from 'kysely';
import { label } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { findDraft } from '../../store/repositories/entry-drafts.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../roles.js';
import { assertCanReadEntry, canEditEntry, resolveEntryScope } from './entry-scope.js';
import { composeDraft, overlayDraft } from './grid-cells.js';
import { describeGridLayout, listGridYears } from './grid-layout.js';
import { loadEntryContext } from './load-entry-context.js';
import { validateDraft } from './validate-draft.js';

export async function readEntryGrid(
  db: Kysely<Database>,
  actor: Actor,
  request: { table: string; country: string; lang: Lang },
) {
  const scope = resolveEntryScope(request.table, request.country);
  assertCanReadEntry(actor, scope);
  const { table, country } = scope;
  const context = await loadEntryContext(db, scope);
  const draft = await findDraft(db, { table: table.id, country });
  const cells = overlayDraft(table, context.published, draft?.cells ?? []);
  const validation = draft
    ? validateDraft(
        scope,
        composeDraft(table, context.published, draft.cells),
        context.validation,
        request.lang,
      )
    : { issues: [], summary: { errors: 0, warnings: 0, infos: 0 } };
  return {
    table: {
      id: table.id,
      name: label(table.names, request.lang),
      unit: table.unit,
      unitMultiplier: table.unitMultiplier,
      /** Key order of the cells' dotted keys. */
      dimensions: table.dimensions.map((d) => d.id),
    },
    country,
    canEdit: canEditEntry(actor, scope),
    layout: describeGridLayout(scope, request.lang, listGridYears(cells.map((c) => c.key))),
    source: draft ? 'draft' : context.published.length > 0 ? 'published' : 'empty',
    draft: draft ? { updatedAt: draft.updatedAt } : null,
    cells,
    ...validation,
  };
}
