// Every migration, in order. Both stores run the same list; a migration may branch on the
// dialect only where DDL differs (see column-helpers.ts).
import type { Kysely, Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as workflow from './0003-workflow.js';
import * as dissemination from './0004-dissemination.js';
import * as disseminationSeries from './0005-dissemination-series.js';
import * as knowledge from './0006-knowledge.js';
import * as entry from './0007-entry.js';
import * as training from './0008-training.js';
import * as accountSecurity from './0009-account-security.js';
import * as editions from './0011-editions.js';
import * as policyEvents from './0012-policy-events.js';
import * as bulkAndMetadata from './0013-bulk-and-metadata.js';
import * as sharedFiles from './0014-shared-files.js';
import * as warningGroups from './0015-warning-groups.js';
import * as submissionVersions from './0016-submission-versions.js';
import type { DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was when written
type Up = (db: Kysely<any>, dialect: DialectName) => Promise<void>;

const MIGRATIONS: [string, Up][] = [
  ['0001-initial', initial.up],
  ['0003-workflow', workflow.up],
  ['0004-dissemination', dissemination.up],
  ['0005-dissemination-series', disseminationSeries.up],
  ['0006-knowledge', knowledge.up],
  ['0007-entry', entry.up],
  ['0008-training', training.up],
  ['0009-account-security', accountSecurity.up],
  ['0011-editions', editions.up],
  ['0012-policy-events', policyEvents.up],
  ['0013-bulk-and-metadata', bulkAndMetadata.up],
  ['0014-shared-files', sharedFiles.up],
  ['0015-warning-groups', warningGroups.up],
  ['0016-submission-versions', submissionVersions.up],
];

export function listMigrations(dialect: DialectName): Record<string, Migration> {
  return Object.fromEntries(MIGRATIONS.map(([name, up]) => [name, { up: (db) => up(db, dialect) }]));
}
