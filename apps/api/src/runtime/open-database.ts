import type { Config } from '@emporium/platform-config';
import { createDatabase, type DatabaseHandle, startEmbeddedPostgres } from '@emporium/platform-db';
import type { Logger } from '@emporium/platform-observability';

export interface OpenedDatabase extends DatabaseHandle {
  /** Where it is, without credentials, for the start-up banner. */
  readonly description: string;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL whose data lives in EMBEDDED_PG_DIR. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenedDatabase> {
  let connectionString = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let description: string;
  if (connectionString) {
    const url = new URL(connectionString);
    description = `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } else {
    const started = performance.now();
    const embedded = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_PG_DIR,
      port: config.EMBEDDED_PG_PORT,
      onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    });
    connectionString = embedded.connectionString;
    stopEmbedded = embedded.stop;
    description = `embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ${embedded.dataDir})`;
    logger.info({ ms: Math.round(performance.now() - started) }, 'embedded PostgreSQL started');
  }
  const handle = createDatabase({
    connectionString,
    poolMax: config.DATABASE_POOL_MAX,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    applicationName: `emporium-api`,
  });
  return {
    ...handle,
    description,
    async close() {
      await handle.close();
      await stopEmbedded?.();
    },
  };
}
