// The ingest capability: read any national submission (CSV/TSV, XLSX, SDMX-CSV), map its
// codes and labels, validate it by the framework's rules and report back in four languages;
// stage clean files as draft submissions; write templates. The CLI and the HTTP upload route
// are thin shells over these functions.
export { type ImportOptions, type ImportResult, importSubmission } from './import/import-submission.js';
export { createStoreContextSource } from './import/store-context-source.js';
export { createIssue, type Issue, type IssueLocation } from './issues/issue.js';
export type { IssueSummary } from './issues/issue-log.js';
export { renderIssueMessage } from './issues/render-message.js';
export { type CodeMapping, parseCodeMapping } from './mapping/saved-mappings.js';
export { validateCodeMapping } from './mapping/validate-code-mapping.js';
export { IDENTITY_SHEET } from './pipeline/identify-submission.js';
export {
  createMemoryContextSource,
  type IngestContextSource,
  loadIngestContext,
} from './pipeline/ingest-context.js';
export {
  type ReadSubmissionOptions,
  readSubmission,
  type SubmissionReading,
} from './pipeline/read-submission.js';
export { validateSubmission } from './pipeline/validate-submission.js';
export { DEFAULT_LIMITS, type ReadLimits } from './readers/read-limits.js';
export { formatReportText, toJsonReport } from './report/format-report-text.js';
export type { ReportDecisions, ValidationReport } from './report/validation-report.js';
export { type ByteSource, bufferSource, fileSource } from './source/byte-source.js';
export { planTemplate, type TemplatePlan } from './template/plan-template.js';
export { type TemplateRequest, templateFormat, writeTemplate } from './template/write-template.js';
export { createObservationValidator, type ObservationValidator } from './validation/create-validator.js';
export { type LocatedObservation, validateObservations } from './validation/validate-observations.js';
export type { ObservationLocation, ValidationContext } from './validation/validation-context.js';
