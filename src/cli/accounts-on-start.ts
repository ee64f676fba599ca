// Accounts at start-up: the first admin from the environment, the demo accounts only on a trial
// machine (see src/workflow/demo-accounts.ts), demo accounts disabled under production settings,
// and one log line saying which accounts exist.
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import { ensureFirstAdmin } from '../workflow/accounts.js';
import {
  describeAccounts,
  disableDemoAccounts,
  ensureDemoAccounts,
  mayCreateDemoAccounts,
  mustDisableDemoAccounts,
} from '../workflow/demo-accounts.js';

export async function prepareAccountsOnStart(
  store: Store,
  config: Pick<Config, 'adminEmail' | 'adminPassword' | 'databaseUrl' | 'host' | 'loadDemo'>,
  log: (line: string) => void,
): Promise<void> {
  await ensureFirstAdmin(store, config);
  if (mustDisableDemoAccounts(config)) {
    const disabled = await disableDemoAccounts(store);
    if (disabled.length > 0) log(`Demo accounts disabled (production settings): ${disabled.join(', ')}`);
  } else if (config.loadDemo && mayCreateDemoAccounts(config)) {
    await ensureDemoAccounts(store);
  }
  log(await describeAccounts(store));
}
