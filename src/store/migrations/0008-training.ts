// Training: each learner's attempts at the course's exercises, and the first attempt that
// completed each one. Attempts are kept (the coordinator sees how a learner got there); a
// completion is written once per learner and exercise, so its date never moves.
import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await addIdColumn(db.schema.createTable('training_attempts'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('exercise_id', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('warning_count', 'integer', (c) => c.notNull())
    .addColumn('unjustified_count', 'integer', (c) => c.notNull())
    .addColumn('issue_codes', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_attempts_learner')
    .on('training_attempts')
    .columns(['user_id', 'exercise_id'])
    .execute();
  await db.schema
    .createTable('training_completions')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('exercise_id', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addColumn('attempt_id', 'integer', (c) => c.notNull().references('training_attempts.id'))
    .addPrimaryKeyConstraint('training_completions_pk', ['user_id', 'exercise_id'])
    .execute();
}
