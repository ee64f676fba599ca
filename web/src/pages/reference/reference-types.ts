// What the /api/reference and /api/mappings routes answer (src/server/routes/reference-data.ts):
// the server's own types (type-only imports: nothing of the server is bundled).
export type { Labels } from '../../../../src/framework/types';
export type { MappingRecord } from '../../../../src/store/repositories/code-mapping-records';
export type { StoredCode, StoredCodelist } from '../../../../src/store/repositories/reference-codes';
