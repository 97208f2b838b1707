/**
 * The API's commands — serve (default), migrate, wait-for-migrations, database — run by the launcher (main.ts) once
 * tracing, if configured, is in place. Built as its own chunk, so nothing here is imported before that.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allMigrationSets } from '@emporium/app-services';
import { ConfigError } from '@emporium/platform-config';
import { DataDirInUseError, isDatabaseUnavailable, MigrationError, migrateToLatest, pendingMigrations, startEmbeddedPostgres } from '@emporium/platform-db';
import { createLogger } from '@emporium/platform-observability';
import { loadConfig } from './env';
import { openDatabase } from './runtime/open-database';
import { startApi } from './runtime/start-api';

/** The built SPA sits beside the built API (dist/apps/storefront next to dist/apps/api) unless STATIC_DIR says otherwise. */
function defaultStaticDir(): string | undefined {
  const candidate = resolve(dirname(fileURLToPath(import.meta.url)), '../storefront');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}

async function migrate(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const database = await openDatabase(config, logger);
  try {
    const report = await migrateToLatest(database.db, allMigrationSets());
    for (const entry of report) logger.info({ schema: entry.schema, applied: entry.applied }, 'schema migrated');
  } finally {
    await database.close();
  }
}

/** The migration Job did not bring the database up to date in time (it failed, or has not run). */
class MigrationsStillPending extends Error {
  constructor(pending: readonly string[], waitedMs: number) {
    super(`migrations still pending after ${Math.round(waitedMs / 1000)} s (is the migration Job running?): ${pending.join(', ')}`);
    this.name = 'MigrationsStillPending';
  }
}

/**
 * Waits until no migration is pending (another process — the migration Job — applies them), then exits 0: the init
 * container that keeps a Deployment's pods from starting on an older schema. Gives up after WAIT_FOR_MIGRATIONS_MS.
 */
async function waitForMigrations(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const database = await openDatabase(config, logger);
  const deadline = Date.now() + config.WAIT_FOR_MIGRATIONS_MS;
  try {
    for (;;) {
      const pending = await pendingMigrations(database.db, allMigrationSets()).catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) throw error;
        return ['(database unreachable)'];
      });
      if (pending.length === 0) return logger.info('migrations are current');
      if (Date.now() > deadline) throw new MigrationsStillPending(pending, config.WAIT_FOR_MIGRATIONS_MS);
      logger.info({ pending }, 'waiting for migrations');
      await new Promise((resolveWait) => setTimeout(resolveWait, 2_000));
    }
  } finally {
    await database.close();
  }
}

/**
 * Starts the embedded PostgreSQL alone and prints its `DATABASE_URL=` line, for running several API processes on one
 * local database (tools/scripts/distributed.mjs). Stops it on SIGTERM or SIGINT.
 */
async function database(exit: (code: number) => void): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres') });
  process.stdout.write(`DATABASE_URL=${embedded.connectionString}\n`);
  const stop = () => void embedded.stop().then(() => exit(0), () => exit(1));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function serve(exit: (code: number) => void): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  // pg-boss settles a worker's jobs without awaiting the write: while the database is down that write rejects with no
  // one listening. The jobs are retried once it is back, so such a rejection must not take the API down with it.
  // Every other unhandled rejection still ends the process, as Node's default does.
  process.on('unhandledRejection', (reason) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    logger.warn({ err: reason }, 'a background write failed: the database is unavailable');
  });
  const api = await startApi(config, { logger, staticDir: config.STATIC_DIR ?? (config.NODE_ENV === 'production' ? defaultStaticDir() : undefined) });
  logger.info(
    { url: api.url, services: api.runtime.mountedServices, worker: config.SERVICES.includes('worker'), database: api.databaseDescription, startupMs: Math.round(performance.now() - started) },
    'Emporium is up',
  );
  process.stdout.write(`\n  Emporium is running at ${api.url}\n\n`);

  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    api.stop().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

export interface CommandHooks {
  /** Runs before the process exits on its own terms (a signal, a failed start): the launcher flushes traces here. */
  readonly beforeExit?: () => Promise<void>;
}

const COMMANDS: Record<string, (exit: (code: number) => void) => Promise<void>> = { serve, migrate, 'wait-for-migrations': waitForMigrations, database };

/** Runs one of the API's commands ("serve" by default); main.ts, the launcher, calls it. */
export function runCommand(command: string, hooks: CommandHooks = {}): void {
  const exit = (code: number) => {
    // Exporting the last spans must not hold a stopping pod for long.
    const flushed = hooks.beforeExit ? Promise.race([hooks.beforeExit(), new Promise((resolveWait) => setTimeout(resolveWait, 5_000).unref())]) : Promise.resolve();
    void flushed.finally(() => process.exit(code));
  };
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`Unknown command "${command}". Use ${Object.keys(COMMANDS).map((name) => `"${name}"`).join(', ')} ("serve" by default).\n`);
    return exit(2);
  }
  run(exit).catch((error: unknown) => {
    // Problems an operator can fix get a plain message; anything else keeps its stack for the bug report.
    if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof MigrationError || error instanceof MigrationsStillPending) {
      process.stderr.write(`Emporium cannot start: ${error.message}\n`);
    } else {
      process.stderr.write(`Emporium failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    exit(1);
  });
}
