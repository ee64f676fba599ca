// `sicremi bulk run`: regenerates the bulk files whose jobs are due, from any process on the
// same store (the servers do it in the background; this is for a cron job or a catch-up), and
// `sicremi bulk status`: the jobs still waiting (an embargoed release, a retry after an error).
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { runDueBulkJobs } from '../../dissemination/bulk/run-bulk-jobs.js';
import { openPreparedStore } from '../../store/prepare-store.js';
import { listBulkJobs } from '../../store/repositories/bulk-jobs.js';

export function registerBulkCommands(program: Command): void {
  const bulk = program.command('bulk').description('bulk files (/bulk/…): regeneration jobs');
  bulk
    .command('run')
    .description('regenerate the bulk files whose jobs are due')
    .action(async () => {
      const store = await openPreparedStore(readConfig());
      try {
        const outcome = await runDueBulkJobs(store, {
          onError: (table, error) => process.stderr.write(`bulk: ${table} failed: ${String(error)}\n`),
        });
        process.stdout.write(
          `bulk: ${outcome.regenerated.length} regenerated${outcome.regenerated.length ? ` (${outcome.regenerated.join(', ')})` : ''}, ${outcome.failed.length} failed\n`,
        );
        if (outcome.failed.length > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
  bulk
    .command('status')
    .description('list the jobs still waiting')
    .action(async () => {
      const store = await openPreparedStore(readConfig());
      try {
        const jobs = await listBulkJobs(store.db);
        for (const job of jobs) {
          process.stdout.write(`${job.tableId}\tdue ${job.dueAt}\tattempts ${job.attempts}\n`);
        }
        if (jobs.length === 0) process.stdout.write('bulk: no job waiting\n');
      } finally {
        await store.close();
      }
    });
}
