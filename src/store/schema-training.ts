// The store's training tables as Kysely sees them (migration 0008-training).

// biome-ignore lint/suspicious/noEmptyInterface: filled by the training capability
export interface TrainingTables {}
