import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { computeFrameworkChecksum, FRAMEWORK } from '../../framework/index.js';
import { migrateToLatest } from '../../store/migrate.js';
import { openStore } from '../../store/open-store.js';
import { syncFramework } from '../../store/repositories/framework.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('bring the store schema to the latest version and load the framework')
    .action(async () => {
      const store = openStore(readConfig());
      try {
        const { applied } = await migrateToLatest(store);
        const framework = await syncFramework(store, FRAMEWORK, computeFrameworkChecksum());
        process.stdout.write(
          `${store.describe()}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema already up to date'}; ` +
            `framework ${framework.version} ${framework.changed ? 'loaded' : 'already loaded'}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
