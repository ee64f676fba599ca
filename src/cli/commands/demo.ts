import type { Command } from 'commander';
import { loadDemoData } from '../../demo/load-demo.js';
import { openPreparedStore } from '../../store/prepare-store.js';

export function registerDemoCommands(program: Command): void {
  const demo = program.command('demo').description('demo data from real published figures');
  demo
    .command('load')
    .description(
      'publish the demo datasets (UN DESA, UNHCR, IRCC, OECD); datasets already loaded are skipped',
    )
    .action(async () => {
      const store = await openPreparedStore();
      try {
        const { loaded, skipped } = await loadDemoData(store);
        for (const id of loaded) process.stdout.write(`loaded  ${id}\n`);
        for (const id of skipped) process.stdout.write(`skipped ${id} (already loaded)\n`);
      } finally {
        await store.close();
      }
    });
}
