import { type Command, InvalidArgumentError } from 'commander';
import { readConfig } from '../../config.js';

// Orchestrators allow 30 s between SIGTERM and SIGKILL; rolling back takes well under 5 s.
const SHUTDOWN_GRACE_MS = 25_000;

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the SICREMI server (API and web application)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', parsePort)
    .option('--no-demo', 'do not load the demo data into an empty store')
    .action(async (options: { port?: number; demo: boolean }) => {
      // The server is loaded on use so that every other command starts fast.
      const [{ startServer }, { prepareAccountsOnStart }, { loadDemoIfEmpty }] = await Promise.all([
        import('../../server/start.js'),
        import('../accounts-on-start.js'),
        import('../demo-on-start.js'),
      ]);
      const base = readConfig();
      const config = { ...base, port: options.port ?? base.port, loadDemo: base.loadDemo && options.demo };
      const server = await startServer(config, {
        beforeListen: async (store) => {
          const log = (line: string) => process.stdout.write(`${line}\n`);
          if (config.loadDemo) await loadDemoIfEmpty(store, log);
          await prepareAccountsOnStart(store, config, log);
          // The demo's current round, with submissions in several states.
          if (config.loadDemo)
            await (await import('../../workflow/demo-round.js')).openDemoRound(store, config.dataDir);
        },
      });
      process.stdout.write(`SICREMI listening on ${server.url} (store: ${server.store.describe()})\n`);
      // SIGTERM: stop accepting, let in-flight requests and imports finish; past the grace
      // period the store is closed under them, which rolls their transactions back.
      const stop = (signal: string) => {
        process.stdout.write(`${signal}: shutting down\n`);
        const rollBack = setTimeout(() => {
          process.stderr.write(
            `still busy after ${SHUTDOWN_GRACE_MS / 1000} s: rolling back what is in flight\n`,
          );
          void server.store.close().finally(() => process.exit(0));
        }, SHUTDOWN_GRACE_MS);
        rollBack.unref();
        void server.close().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`shutdown: ${error instanceof Error ? error.message : String(error)}\n`);
            process.exit(1);
          },
        );
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
