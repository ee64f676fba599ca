import { type Command, InvalidArgumentError } from 'commander';
import { readConfig } from '../../config.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the SICREMI server (API and web application)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', parsePort)
    .option('--no-demo', 'do not load the demo data into an empty store')
    .action(async (options: { port?: number; demo: boolean }) => {
      // The server is loaded on use so that every other command starts fast.
      const [{ startServer }, { ensureFirstAdmin }, { ensureDemoAccounts }, { loadDemoIfEmpty }] =
        await Promise.all([
          import('../../server/start.js'),
          import('../../workflow/accounts.js'),
          import('../../workflow/demo-accounts.js'),
          import('../demo-on-start.js'),
        ]);
      const base = readConfig();
      const config = { ...base, port: options.port ?? base.port, loadDemo: base.loadDemo && options.demo };
      const server = await startServer(config, {
        beforeListen: async (store) => {
          if (config.loadDemo) await loadDemoIfEmpty(store, (line) => process.stdout.write(`${line}\n`));
          await ensureFirstAdmin(store, config);
          if (config.loadDemo) await ensureDemoAccounts(store);
          // The demo's current round, with submissions in several states (issue 17).
          if (config.loadDemo)
            await (await import('../../workflow/demo-round.js')).openDemoRound(store, config.dataDir);
        },
      });
      process.stdout.write(`SICREMI listening on ${server.url} (store: ${server.store.describe()})\n`);
      const stop = (signal: string) => {
        process.stdout.write(`${signal}: shutting down\n`);
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  }
  return port;
}
