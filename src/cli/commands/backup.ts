// `sicremi backup --out FILE` and `sicremi restore FILE`: the store (SQLite or PostgreSQL) and
// the original files of the data directory, in one portable file.
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { openStore } from '../../store/open-store.js';
import { openPreparedStore, prepareStore } from '../../store/prepare-store.js';
import { fileLocation } from '../../store/repositories/files.js';
import type { BadText } from '../../workflow/backup/check-backup-text.js';
import { createBackup } from '../../workflow/backup/create-backup.js';
import { restoreBackup } from '../../workflow/backup/restore-backup.js';
import { isWorkflowError } from '../../workflow/workflow-error.js';
import { formatWorkflowError } from './format-workflow-error.js';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('write the whole store and the original files to one backup file')
    .requiredOption('--out <file>', 'backup file to write (gzip)')
    .action(async (options: { out: string }) => {
      const config = readConfig();
      const store = await openPreparedStore(config);
      try {
        const s = await createBackup(store, fileLocation(config), options.out);
        process.stdout.write(`backup ${options.out}: ${s.tables} tables, ${s.rows} rows, ${s.files} files\n`);
        for (const sha of s.missingFiles)
          process.stderr.write(`warning: file ${sha} is missing from the data directory\n`);
      } finally {
        await store.close();
      }
    });
  program
    .command('restore')
    .description('replace the store content and restore the original files from a backup file')
    .argument('<file>', 'backup file written by `sicremi backup`')
    .action(async (file: string) => {
      const config = readConfig();
      const store = openStore(config);
      try {
        const s = await restoreBackup(store, fileLocation(config), file);
        await prepareStore(store);
        process.stdout.write(
          `restored ${file} into ${store.describe()}: ${s.tables} tables, ${s.rows} rows, ${s.files} files\n`,
        );
      } catch (error) {
        process.stderr.write(`sicremi: ${formatWorkflowError(error)}\n`);
        for (const bad of badTextRows(error)) {
          process.stderr.write(`  table ${bad.table}, id ${bad.id}, column ${bad.column}\n`);
        }
        process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

/** The rows a restore refused for their text, if that is why it failed. */
function badTextRows(error: unknown): BadText[] {
  if (!isWorkflowError(error) || error.code !== 'BACKUP_INVALID_TEXT') return [];
  return (error.details as { rows: BadText[] }).rows;
}
