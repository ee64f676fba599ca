// The framework lives in code (src/framework) and is mirrored into the store so SQL can join on
// code lists and countries, and so each store records which framework version it was loaded with.
// Code lists, countries and groupings are replaced by each new version; codes a coordinator added
// (added_by set) survive; memberships and phase assignments are seeded once, then have their own
// history kept by the workflow.
import type { Framework } from '../../framework/types.js';
import type { Store, StoreTx } from '../store.js';

export interface FrameworkSyncOutcome {
  version: string;
  checksum: string;
  /** False when the store already held this exact version. */
  changed: boolean;
}

export async function syncFramework(
  store: Store,
  framework: Framework,
  checksum: string,
  now: string = new Date().toISOString(),
): Promise<FrameworkSyncOutcome> {
  const current = await store.db
    .selectFrom('framework_versions')
    .select(['checksum'])
    .where('version', '=', framework.version)
    .executeTakeFirst();
  if (current?.checksum === checksum) return { version: framework.version, checksum, changed: false };

  await store.transaction(async (tx) => {
    await tx.db.deleteFrom('framework_versions').where('version', '=', framework.version).execute();
    await tx.db
      .insertInto('framework_versions')
      .values({ version: framework.version, checksum, loaded_at: now, definition: JSON.stringify(framework) })
      .execute();
    await replaceCodelists(tx, framework);
    await replaceCountries(tx, framework);
    await replaceGroupings(tx, framework);
    await seedHistory(tx, framework);
  });
  return { version: framework.version, checksum, changed: true };
}

async function replaceCodelists(tx: StoreTx, framework: Framework): Promise<void> {
  await tx.db.deleteFrom('codes').where('added_by', 'is', null).execute();
  await tx.db.deleteFrom('codelists').execute();
  await tx.db.deleteFrom('dataflows').execute();
  for (const list of framework.codelists) {
    await tx.db
      .insertInto('codelists')
      .values({
        id: list.id,
        agency: list.agency,
        version: list.version,
        names: JSON.stringify(list.names),
        extensible: list.extensible ? 1 : 0,
      })
      .execute();
  }
  const codeRows = framework.codelists.flatMap((list) =>
    list.codes.map((code, index) => [
      list.id,
      code.id,
      JSON.stringify(code.labels),
      JSON.stringify(code.aliases ?? []),
      code.parent ?? null,
      index,
      code.derived ? 1 : 0,
    ]),
  );
  await tx.bulkInsert(
    'codes',
    ['codelist_id', 'code_id', 'labels', 'aliases', 'parent', 'sort_order', 'derived'],
    codeRows,
  );
  for (const table of framework.tables) {
    await tx.db
      .insertInto('dataflows')
      .values({ id: table.id, definition: JSON.stringify(table) })
      .execute();
  }
}

async function replaceCountries(tx: StoreTx, framework: Framework): Promise<void> {
  const members = new Set(framework.memberStates);
  await tx.db.deleteFrom('countries').execute();
  await tx.bulkInsert(
    'countries',
    ['iso3', 'iso2', 'm49', 'names', 'official_names', 'aliases', 'is_member'],
    framework.countries.map((c) => [
      c.iso3,
      c.iso2,
      c.m49,
      JSON.stringify(c.names),
      JSON.stringify(c.officialNames ?? {}),
      JSON.stringify(c.aliases ?? []),
      members.has(c.iso3) ? 1 : 0,
    ]),
  );
}

async function replaceGroupings(tx: StoreTx, framework: Framework): Promise<void> {
  await tx.db.deleteFrom('grouping_members').execute();
  await tx.db.deleteFrom('groupings').execute();
  for (const grouping of framework.groupings) {
    await tx.db
      .insertInto('groupings')
      .values({ id: grouping.id, names: JSON.stringify(grouping.names) })
      .execute();
  }
  await tx.bulkInsert(
    'grouping_members',
    ['grouping_id', 'iso3'],
    framework.groupings.flatMap((g) => g.members.map((iso3) => [g.id, iso3])),
  );
}

async function seedHistory(tx: StoreTx, framework: Framework): Promise<void> {
  const hasMemberships = await tx.db.selectFrom('memberships').select('id').limit(1).executeTakeFirst();
  if (!hasMemberships) {
    for (const m of framework.memberships) {
      await tx.db
        .insertInto('memberships')
        .values({
          iso3: m.iso3,
          from_date: m.from,
          to_date: m.to ?? null,
          status: m.status,
          note: m.note ?? null,
        })
        .execute();
    }
  }
  const hasPhases = await tx.db.selectFrom('phase_assignments').select('id').limit(1).executeTakeFirst();
  if (!hasPhases) {
    for (const p of framework.phases) {
      await tx.db
        .insertInto('phase_assignments')
        .values({
          iso3: p.iso3,
          phase: p.phase,
          from_date: p.from,
          to_date: p.to ?? null,
          reason: p.reason ?? null,
        })
        .execute();
    }
  }
}
