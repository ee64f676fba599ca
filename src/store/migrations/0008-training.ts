// Training: course exercises and each learner's attempts and progress.
import type { Kysely } from 'kysely';
import type { DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}
