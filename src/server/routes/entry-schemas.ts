// The data-entry routes' request bodies as zod schemas: the routes parse with them and the
// OpenAPI description (src/server/openapi/entry-paths.ts) is generated from them.
import { z } from 'zod';

export const CellEditSchema = z.object({
  seq: z.number().int().positive().describe('the browser’s edit number, growing; a replay is ignored'),
  key: z.string().max(200).describe('full cell key, e.g. "CHL.VEN.F._T.2024"'),
  value: z.number().finite().nullable().describe('the value, or null for an empty cell'),
  status: z.enum(['', 'L', 'M', 'O', 'Q']).describe('empty for a value; why an empty cell is empty'),
  note: z.string().max(2000).nullable().optional().describe('footnote; justifies a warning on the cell'),
});

export const CellEditsBody = z.object({
  client: z.string().min(8).max(64).describe('the browser’s id for this grid (random, kept locally)'),
  edits: z.array(CellEditSchema).max(20_000),
});
