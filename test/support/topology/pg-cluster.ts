// A PostgreSQL primary and its streaming replica of their own, in a temporary directory, for
// the topology test and bench:scale: CI's PostgreSQL accepts no replication connections. The
// server programs refuse to run as root, so they run as the `postgres` OS user (runuser).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';

export const PG_BIN = '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  primaryUrl: string;
  replicaUrl: string;
  stop(): Promise<void>;
}

/** Why the cluster cannot be made here, or undefined when it can. */
export function pgClusterUnavailable(): string | undefined {
  if (!existsSync(join(PG_BIN, 'initdb'))) return `${PG_BIN}/initdb is missing (Debian's postgresql-15)`;
  if (process.getuid?.() !== 0)
    return 'making a PostgreSQL cluster needs root (to run it as the postgres user)';
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) return 'there is no postgres OS user';
  return undefined;
}

function asPostgres(program: string, args: string[]): string {
  try {
    return execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, program), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const failure = error as { stderr?: string; stdout?: string };
    throw new Error(
      `${program} ${args.join(' ')} failed: ${failure.stderr || failure.stdout || String(error)}`,
    );
  }
}

export async function startPgCluster(): Promise<PgCluster> {
  const root = mkdtempSync(join(tmpdir(), 'sicremi-pg-'));
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  chownSync(root, uid, gid);
  const primary = join(root, 'primary');
  const replica = join(root, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const started: string[] = [];
  const stop = async () => {
    for (const dir of started.reverse()) {
      try {
        asPostgres('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
    }
    started.length = 0;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    asPostgres('initdb', [
      '-D',
      primary,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    appendFileSync(join(primary, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
    appendFileSync(
      join(primary, 'postgresql.conf'),
      `\nlisten_addresses = '127.0.0.1'\nport = ${primaryPort}\nunix_socket_directories = '${root}'\n` +
        'fsync = off\nwal_level = replica\nmax_wal_senders = 4\n',
    );
    asPostgres('pg_ctl', ['-D', primary, '-l', join(root, 'primary.log'), '-w', '-t', '60', 'start']);
    started.push(primary);
    asPostgres(
      'pg_basebackup',
      ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'].concat([
        '-D',
        replica,
        '-R',
        '-X',
        'stream',
        '-c',
        'fast',
      ]),
    );
    appendFileSync(join(replica, 'postgresql.conf'), `\nport = ${replicaPort}\nhot_standby = on\n`);
    asPostgres('pg_ctl', ['-D', replica, '-l', join(root, 'replica.log'), '-w', '-t', '60', 'start']);
    started.push(replica);
    const admin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    });
    await admin.connect();
    await admin.query('create database sicremi');
    await admin.end();
    const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/sicremi`;
    const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/sicremi`;
    await waitForReplica(replicaUrl);
    return { primaryUrl, replicaUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The new database reaches the replica by streaming: wait until it can be opened there. */
async function waitForReplica(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query('select pg_is_in_recovery() as standby');
      await client.end();
      if (rows[0]?.standby === true) return;
      throw new Error(`${url} is not a standby`);
    } catch (error) {
      await client.end().catch(() => {});
      if ((error as Error).message.includes('not a standby')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`the replica at ${url} never received the database`);
}
