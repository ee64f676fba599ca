// The multipart fields of practice mode and training attempts, as zod schemas: the routes parse
// with them and the OpenAPI document is generated from them.
import { z } from 'zod';

export const PracticeFields = z.object({
  table: z.string().describe('table id, e.g. MIG_STOCK_FB'),
  country: z.string().describe('ISO3 code of the reporting member state'),
});

export const AttemptJustification = z.object({
  row: z.number().int().positive().nullable().optional().describe('the row the warning is reported at'),
  key: z.string().max(200).nullable().optional().describe('or the cell key, e.g. "BLZ._T._T._T.2019"'),
  text: z.string().trim().min(1).max(2_000),
});

export const AttemptFields = z.object({
  justifications: z
    .string()
    .optional()
    .describe('JSON array of {row, key, text}: one justification per warning'),
});

export const AttemptJustifications = z.array(AttemptJustification).max(500);
