// Every command that needs data opens the store the same way: configured engine, schema migrated
// to the latest version, framework mirrored, the codes coordinators added made known to this
// process's code lists. Idempotent and cheap when nothing changed.
import { type Config, readConfig } from '../config.js';
import { computeFrameworkChecksum, FRAMEWORK } from '../framework/index.js';
import { migrateToLatest } from './migrate.js';
import { openStore } from './open-store.js';
import { syncFramework } from './repositories/framework.js';
import { syncAddedCodes } from './repositories/reference-codes.js';
import type { Store } from './store.js';

export async function prepareStore(store: Store): Promise<void> {
  await migrateToLatest(store);
  await syncFramework(store, FRAMEWORK, computeFrameworkChecksum());
  await syncAddedCodes(store.db);
}

export async function openPreparedStore(config: Readonly<Config> = readConfig()): Promise<Store> {
  const store = openStore(config);
  try {
    await prepareStore(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
