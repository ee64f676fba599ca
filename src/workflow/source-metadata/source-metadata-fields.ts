// The reference metadata of FRAMEWORK §5 that make census, survey and register figures
// comparable: who reports, from which source and of which type, who counts as a migrant (born
// abroad or a foreign citizen), the unit counted, the residence threshold, what the coverage
// leaves in or out, breaks in series and the classification versions. Kept per source edition.
import { z } from 'zod';
import { CL_SOURCE_TYPE } from '../../framework/codelists/metadata.js';

const SOURCE_TYPES = CL_SOURCE_TYPE.codes.map((c) => c.id) as [string, ...string[]];

const text = (max: number) => z.string().trim().max(max);

export const SourceMetadataFields = z.object({
  institution: text(300).min(1),
  sourceName: text(300).min(1),
  sourceType: z.enum(SOURCE_TYPES),
  migrantCriterion: z.enum(['BIRTH', 'CITIZENSHIP']),
  referencePeriod: text(200).default(''),
  unit: z.enum(['person', 'permit', 'event']),
  residenceThresholdMonths: z.number().int().min(0).max(120).nullable().default(null),
  coverageNotes: text(4000).default(''),
  breaks: z
    .array(z.object({ date: text(40).min(1), description: text(1000).min(1) }))
    .max(50)
    .default([]),
  classificationVersions: text(1000).default(''),
  sampleAndCvMethod: text(2000).default(''),
  disclosureControl: text(2000).default(''),
});

export type SourceMetadataFields = z.infer<typeof SourceMetadataFields>;

export const SourceMetadataBody = z.object({
  edition: text(200).min(1).describe('the source edition the metadata describe, e.g. "Census 2017"'),
  fields: SourceMetadataFields,
});
