// The code lists and codes as the store mirrors them (syncFramework writes the framework's), plus
// the codes a coordinator added to an extensible list (added_by set): those survive every new
// framework version, so they are the only codes whose labels may be edited here.
import type { Kysely, Selectable } from 'kysely';
import { type AddedCode, setAddedCodes } from '../../framework/index.js';
import type { Labels } from '../../framework/types.js';
import type { CodeTable, Database } from '../schema.js';

export interface StoredCodelist {
  id: string;
  agency: string;
  version: string;
  names: Labels;
  extensible: boolean;
  codeCount: number;
  addedCount: number;
}

export interface StoredCode {
  codelist: string;
  id: string;
  labels: Labels;
  aliases: string[];
  parent: string | null;
  derived: boolean;
  /** The coordinator who added it, or null for a framework code. */
  addedBy: number | null;
  addedByEmail: string | null;
}

export interface NewStoredCode {
  codelist: string;
  id: string;
  labels: Labels;
  parent: string | null;
  addedBy: number;
}

export async function listStoredCodelists(db: Kysely<Database>): Promise<StoredCodelist[]> {
  const lists = await db.selectFrom('codelists').selectAll().orderBy('id').execute();
  const counts = await db
    .selectFrom('codes')
    .select((eb) => [
      'codelist_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('added_by').as('added'),
    ])
    .groupBy('codelist_id')
    .execute();
  const byList = new Map(counts.map((c) => [c.codelist_id, c]));
  return lists.map((list) => ({
    id: list.id,
    agency: list.agency,
    version: list.version,
    names: JSON.parse(list.names) as Labels,
    extensible: list.extensible === 1,
    codeCount: Number(byList.get(list.id)?.total ?? 0),
    addedCount: Number(byList.get(list.id)?.added ?? 0),
  }));
}

export async function findStoredCodelist(
  db: Kysely<Database>,
  id: string,
): Promise<StoredCodelist | undefined> {
  return (await listStoredCodelists(db)).find((list) => list.id === id);
}

/** A code list's codes in the framework's order, the added ones after them. */
export async function listStoredCodes(db: Kysely<Database>, codelist: string): Promise<StoredCode[]> {
  const rows = await db
    .selectFrom('codes')
    .leftJoin('users', 'users.id', 'codes.added_by')
    .selectAll('codes')
    .select('users.email')
    .where('codes.codelist_id', '=', codelist)
    .orderBy('codes.sort_order')
    .orderBy('codes.code_id')
    .execute();
  return rows.map(toStoredCode);
}

/** The codes coordinators added, every list, in each list's order. */
export async function listAddedCodes(db: Kysely<Database>): Promise<AddedCode[]> {
  const rows = await db
    .selectFrom('codes')
    .select(['codelist_id', 'code_id', 'labels', 'parent'])
    .where('added_by', 'is not', null)
    .orderBy('codelist_id')
    .orderBy('sort_order')
    .orderBy('code_id')
    .execute();
  return rows.map((row) => ({
    codelist: row.codelist_id,
    code: {
      id: row.code_id,
      labels: JSON.parse(row.labels) as Labels,
      ...(row.parent ? { parent: row.parent } : {}),
    },
  }));
}

/** Makes this process's code lists (src/framework/codelist-registry.ts) match the store's. */
export async function syncAddedCodes(db: Kysely<Database>): Promise<void> {
  setAddedCodes(await listAddedCodes(db));
}

export async function findStoredCode(
  db: Kysely<Database>,
  codelist: string,
  id: string,
): Promise<StoredCode | undefined> {
  const row = await db
    .selectFrom('codes')
    .leftJoin('users', 'users.id', 'codes.added_by')
    .selectAll('codes')
    .select('users.email')
    .where('codes.codelist_id', '=', codelist)
    .where('codes.code_id', '=', id)
    .executeTakeFirst();
  return row ? toStoredCode(row) : undefined;
}

export async function insertAddedCode(db: Kysely<Database>, code: NewStoredCode): Promise<void> {
  const last = await db
    .selectFrom('codes')
    .select((eb) => eb.fn.max('sort_order').as('last'))
    .where('codelist_id', '=', code.codelist)
    .executeTakeFirst();
  await db
    .insertInto('codes')
    .values({
      codelist_id: code.codelist,
      code_id: code.id,
      labels: JSON.stringify(code.labels),
      aliases: '[]',
      parent: code.parent,
      sort_order: Number(last?.last ?? -1) + 1,
      derived: 0,
      added_by: code.addedBy,
    })
    .execute();
}

export async function updateCodeLabels(
  db: Kysely<Database>,
  codelist: string,
  id: string,
  labels: Labels,
): Promise<void> {
  await db
    .updateTable('codes')
    .set({ labels: JSON.stringify(labels) })
    .where('codelist_id', '=', codelist)
    .where('code_id', '=', id)
    .execute();
}

function toStoredCode(row: Selectable<CodeTable> & { email: string | null }): StoredCode {
  return {
    codelist: row.codelist_id,
    id: row.code_id,
    labels: JSON.parse(row.labels) as Labels,
    aliases: JSON.parse(row.aliases) as string[],
    parent: row.parent,
    derived: row.derived === 1,
    addedBy: row.added_by,
    addedByEmail: row.email,
  };
}
