// The store's tables in an order that satisfies their foreign keys (parents first), found from
// the engine's own catalogue so that tables added by any migration are backed up too.
import { sql } from 'kysely';
import type { Store } from '../../store/store.js';

const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock']);

export async function listStoreTables(store: Store): Promise<string[]> {
  const edges = new Map<string, Set<string>>();
  if (store.dialect === 'postgres') {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
    for (const t of tables.rows) edges.set(t.name, new Set());
    const keys = await sql<{ child: string; parent: string }>`
      select tc.table_name as child, ccu.table_name as parent
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(store.db);
    for (const k of keys.rows) edges.get(k.child)?.add(k.parent);
  } else {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db);
    for (const t of tables.rows) {
      const keys = await sql<{
        table: string;
      }>`select "table" from pragma_foreign_key_list(${t.name})`.execute(store.db);
      edges.set(t.name, new Set(keys.rows.map((k) => k.table)));
    }
  }
  for (const name of BOOKKEEPING) edges.delete(name);
  return sortParentsFirst(edges);
}

function sortParentsFirst(edges: Map<string, Set<string>>): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string) => {
    if (done.has(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const parent of edges.get(name) ?? []) if (parent !== name && edges.has(parent)) visit(parent);
    visiting.delete(name);
    done.add(name);
    ordered.push(name);
  };
  for (const name of [...edges.keys()].sort()) visit(name);
  return ordered;
}
