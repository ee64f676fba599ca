// `sicremi users add --email --role [--country ISO3…] [--password]` and `sicremi users list`.
// Without --password a strong one is generated and printed once.
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { openPreparedStore } from '../../store/prepare-store.js';
import { createAccount, listUsers } from '../../workflow/accounts.js';
import { ROLES } from '../../workflow/roles.js';
import { formatWorkflowError } from './format-workflow-error.js';

export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('accounts of the SICREMI network');
  users
    .command('add')
    .description('create an account (admin, reviewer, or correspondent of one or more countries)')
    .requiredOption('--email <email>', 'the account e-mail address')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--country <iso3...>', 'countries of a correspondent (ISO 3166-1 alpha-3)')
    .option('--password <password>', 'initial password (default: generated and printed)')
    .option('--name <name>', 'display name')
    .action(
      async (options: {
        email: string;
        role: string;
        country?: string[];
        password?: string;
        name?: string;
      }) => {
        const password = options.password ?? randomBytes(12).toString('base64url');
        const store = await openPreparedStore();
        try {
          const user = await createAccount(
            store,
            { actor: null },
            {
              email: options.email,
              role: options.role,
              password,
              countries: options.country ?? [],
              ...(options.name ? { name: options.name } : {}),
            },
          );
          const where = user.countries.length ? ` for ${user.countries.join(', ')}` : '';
          process.stdout.write(`created ${user.role} ${user.email}${where} (id ${user.id})\n`);
          if (!options.password) process.stdout.write(`password: ${password}\n`);
        } catch (error) {
          process.stderr.write(`sicremi: ${formatWorkflowError(error)}\n`);
          process.exitCode = 1;
        } finally {
          await store.close();
        }
      },
    );
  users
    .command('list')
    .description('list accounts')
    .action(async () => {
      const store = await openPreparedStore();
      try {
        for (const u of await listUsers(store.db)) {
          const flags = `${u.disabled ? ' (disabled)' : ''}${u.countries.length ? ` ${u.countries.join(',')}` : ''}`;
          process.stdout.write(`${u.id}\t${u.role}\t${u.email}${flags}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
