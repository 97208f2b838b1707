import { Writable } from 'node:stream';
import { allMigrationSets } from '@emporium/app-services';
import { parseConfig } from '@emporium/platform-config';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { pino } from 'pino';
import { inject } from 'vitest';
import { type RunningApi, startApi, type StartOptions } from '../runtime/start-api';

export interface TestApi extends RunningApi {
  readonly database: TestDatabase;
  /** Every JSON log line the process wrote. */
  readonly logs: Array<Record<string, unknown>>;
  trpcUrl(path: string, input?: unknown): string;
  close(): Promise<void>;
}

/** Starts a real API process-in-process on a free port over a fresh database, with the given environment. */
export async function startTestApi(
  env: Record<string, string> = {},
  options: Pick<StartOptions, 'staticDir' | 'resolveAuth'> & { database?: TestDatabase } = {},
): Promise<TestApi> {
  const database = options.database ?? (await createTestDatabase(inject('pgAdminUrl'), allMigrationSets()));
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  // The curated demo catalog: small, and the products the assertions name.
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'test', DEMO_CATALOG: 'curated', ...env });
  const api = await startApi(config, { database, logger: pino({ level: 'info' }, sink), staticDir: options.staticDir, resolveAuth: options.resolveAuth });
  return {
    ...api,
    database,
    logs,
    trpcUrl: (path, input) => `${api.url}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
    async close() {
      await api.stop();
      await database.destroy();
    },
  };
}
