// The request bodies and query strings of the reference-data routes (issue 6), as zod schemas:
// the routes parse with them and reference-paths.ts describes them in OpenAPI.
import { z } from 'zod';

export const MappingBody = z.object({
  country: z.string().describe('ISO3 member state'),
  dimension: z.string().describe('dimension id, e.g. COUNTRY_OF_BIRTH'),
  sourceValue: z.string().min(1).max(500).describe('the national value as the file writes it'),
  code: z.string().min(1).max(100).describe("a reportable code of the dimension's code list"),
});

export const MappingQuery = z.object({
  country: z.string().optional().describe('ISO3; default: every country the caller reads'),
  dimension: z.string().optional().describe('dimension id'),
});

export const TemplateQuery = z.object({
  country: z.string().describe('ISO3 member state'),
  lang: z.string().optional().describe('language of headers and instructions: en, es, fr or pt'),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  layout: z.enum(['long', 'wide']).default('long'),
});

export const CodeSearchQuery = z.object({
  q: z.string().max(200).optional().describe('code id, label in any language or alias'),
});

const Label = z.string().trim().min(1).max(300);
export const LabelsBody = z.object({ en: Label, es: Label, fr: Label, pt: Label });
export const NewCodeBody = z.object({
  id: z.string().min(1).max(40).describe('upper-case letters, digits and underscores'),
  labels: LabelsBody,
});
export const CodeLabelsBody = z.object({ labels: LabelsBody });
