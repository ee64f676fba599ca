// `sicremi files migrate`: moves the original files to where every process reads them
// (PostgreSQL when DATABASE_URL is set, or SICREMI_FILES_DIR) before running several processes.
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { openPreparedStore } from '../../store/prepare-store.js';
import { fileLocation } from '../../store/repositories/files.js';
import { migrateFiles } from '../../workflow/backup/migrate-files.js';

export function registerFilesCommands(program: Command): void {
  const files = program.command('files').description('original submitted files');
  files
    .command('migrate')
    .description('copy every original file to PostgreSQL (DATABASE_URL) or to SICREMI_FILES_DIR')
    .action(async () => {
      const config = readConfig();
      const store = await openPreparedStore(config);
      try {
        const target = fileLocation(config);
        const s = await migrateFiles(store, target);
        const where = target.write === 'database' ? store.describe() : target.write;
        process.stdout.write(
          `files migrate to ${where}: ${s.copied} copied, ${s.alreadyThere} already there\n`,
        );
        for (const sha of s.missing) process.stderr.write(`warning: file ${sha} was found nowhere\n`);
        if (s.missing.length > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
