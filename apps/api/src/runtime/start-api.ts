import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { allHandlers, allJobs, mountedServices, PLATFORM_MIGRATIONS, routerFor } from '@emporium/app-services';
import type { Config } from '@emporium/platform-config';
import { type DatabaseHandle, migrateToLatest } from '@emporium/platform-db';
import { EventBus, startWorker } from '@emporium/platform-events';
import { createLogger, createMetrics, type Logger } from '@emporium/platform-observability';
import type { AuthResolver } from '@emporium/platform-trpc';
import { defaultAuthResolver } from './auth-resolver';
import { createHttpApp } from '../http/http-app';
import { type ApiRuntime, publicUrlSettings } from './api-runtime';
import { startBackgroundTasks } from './background-tasks';
import { checkTopology } from './check-topology';
import { openDatabase } from './open-database';

export interface RunningApi {
  readonly url: string;
  readonly port: number;
  readonly runtime: ApiRuntime;
  readonly databaseDescription: string;
  /** Graceful stop: refuse new connections, let in-flight requests finish, stop the worker, close the pool. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /** Use this database instead of opening one from the config (tests hand in their own). */
  readonly database?: DatabaseHandle;
  /** The built SPA to serve from `/`. */
  readonly staticDir?: string;
  /** Who is calling; by default the user service's session resolver (see auth-resolver.ts). */
  readonly resolveAuth?: AuthResolver;
}

export async function startApi(config: Config, options: StartOptions = {}): Promise<RunningApi> {
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL });
  const mounted = mountedServices(config.SERVICES);
  checkTopology(config, mounted);
  const runsWorker = config.SERVICES.includes('worker');

  const metrics = createMetrics({ defaultLabels: { services: config.SERVICES.join(',') } });
  const opened = options.database ? { ...options.database, description: 'provided database' } : await openDatabase(config, logger);
  const db = opened.db;
  metrics.observePool(() => opened.pool);

  let events: EventBus | undefined;
  try {
    const migrations = [...PLATFORM_MIGRATIONS, ...mounted.flatMap((definition) => definition.migrations)];
    if (config.MIGRATE_ON_START) {
      const report = await migrateToLatest(db, migrations);
      const applied = report.flatMap((entry) => entry.applied.map((name) => `${entry.schema}/${name}`));
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    }
    // Start-up phases at debug level: where the seconds of a slow start went.
    let phaseStarted = performance.now();
    const phase = (name: string) => {
      logger.debug({ phase: name, ms: Math.round(performance.now() - phaseStarted) }, 'start-up phase done');
      phaseStarted = performance.now();
    };
    events = await EventBus.start({ pool: opened.pool, source: config.SERVICES.join(','), schedule: runsWorker, supervise: runsWorker });
    phase('event bus');
    // Every process registers every queue and subscription (so events published here reach consumers elsewhere), and
    // before seeding: a demo seed's events must find their subscribers.
    await events.register(allHandlers(), allJobs(config));
    phase('queues');
    if (config.SEED_DEMO_DATA) {
      for (const definition of mounted) {
        if (definition.seedDemo) await definition.seedDemo(db, { catalog: config.DEMO_CATALOG, size: config.DEMO_CATALOG_SIZE }, events);
        phase(`seed ${definition.name}`);
      }
    }
    if (runsWorker) {
      await startWorker({ bus: events, handlers: allHandlers(), jobs: allJobs(config), context: { db, logger }, metrics });
      const bus = events;
      metrics.observeQueues(() => bus.waitingJobs());
    }
    phase('worker');

    // Listen first: the runtime needs the shop's URL (links in e-mails, the CSRF origin) and the port may be 0.
    const handler: { app?: ReturnType<typeof createHttpApp> } = {};
    const server = serve({
      // No request is accepted before the app exists: 'listening' resolves first and the app is set synchronously after.
      fetch: (request, env) => (handler.app ? handler.app.fetch(request, env) : new Response('Starting', { status: 503 })),
      port: config.PORT,
      hostname: config.HOST,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const port = (server.address() as AddressInfo).port;
    const shownHost = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
    const url = config.PUBLIC_URL?.replace(/\/+$/, '') ?? `http://${shownHost}:${port}`;

    const urlSettings = publicUrlSettings(url);
    const runtime: ApiRuntime = {
      config,
      logger,
      metrics,
      db,
      events,
      resolveAuth: options.resolveAuth ?? defaultAuthResolver(mounted),
      router: routerFor(mounted),
      mountedServices: mounted.map((definition) => definition.name),
      migrations,
      ...urlSettings,
      trustedOrigins: new Set([urlSettings.publicOrigin, ...config.TRUSTED_ORIGINS]),
    };
    handler.app = createHttpApp(runtime, { staticDir: options.staticDir });
    const background = startBackgroundTasks(runtime, mounted);

    let stopping: Promise<void> | undefined;
    const bus = events;
    const stop = () =>
      (stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        const deadline = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
        await closed;
        clearTimeout(deadline);
        await Promise.all(background.map((task) => task.stop()));
        await bus.stop();
        await opened.close();
      })());
    return { url, port, runtime, databaseDescription: opened.description, stop };
  } catch (error) {
    await events?.stop().catch(() => undefined);
    await opened.close().catch(() => undefined);
    throw error;
  }
}
