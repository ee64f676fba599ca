// The store's entry tables as Kysely sees them (migration 0007-entry).

// biome-ignore lint/suspicious/noEmptyInterface: filled by the entry capability
export interface EntryTables {}
