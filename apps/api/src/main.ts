import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allMigrationSets } from '@emporium/app-services';
import { ConfigError } from '@emporium/platform-config';
import { DataDirInUseError, isDatabaseUnavailable, MigrationError, migrateToLatest } from '@emporium/platform-db';
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

async function serve(): Promise<void> {
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
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

const command = process.argv[2] ?? 'serve';
const run = command === 'migrate' ? migrate : command === 'serve' ? serve : null;
if (!run) {
  process.stderr.write(`Unknown command "${command}". Use "serve" (default) or "migrate".\n`);
  process.exit(2);
}
run().catch((error: unknown) => {
  // Problems an operator can fix get a plain message; anything else keeps its stack for the bug report.
  if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof MigrationError) {
    process.stderr.write(`Emporium cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Emporium failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
