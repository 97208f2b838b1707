import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { pendingMigrations } from '@emporium/platform-db';
import { MAX_BATCH_SIZE } from '@emporium/platform-trpc';
import { sql } from 'kysely';
import { type ApiRuntime, createRequestContext } from '../runtime/api-runtime';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { mountSpa } from './static-spa';

type Env = { Variables: { requestId: string } };

const MAX_BODY_BYTES = 1024 * 1024;
/** Calls per batched request; clients batch at most this many (MAX_BATCH_SIZE in platform-trpc). */
const MAX_BATCH = MAX_BATCH_SIZE;

/** The HTTP surface of one API process: tRPC, health, metrics and (in production) the SPA. */
export function createHttpApp(runtime: ApiRuntime, options: { staticDir?: string } = {}): Hono<Env> {
  const app = new Hono<Env>();
  const { logger, metrics } = runtime;

  app.use('*', async (c, next) => {
    const requestId = requestIdFrom(c.req.raw.headers);
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header(REQUEST_ID_HEADER, requestId);
    const seconds = (performance.now() - started) / 1000;
    const route = c.req.path.startsWith('/trpc/') ? '/trpc' : c.req.routePath;
    metrics.httpRequests.observe({ method: c.req.method, route, status: String(c.res.status) }, seconds);
    logger.info({ requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 1000) }, 'request');
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await sql`SELECT 1`.execute(runtime.db);
      const pending = await pendingMigrations(runtime.db, runtime.migrations);
      if (pending.length > 0) return c.json({ status: 'migrations pending', pending }, 503);
      return c.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      return c.json({ status: 'database unreachable' }, 503);
    }
  });
  app.get('/metrics', async (c) => {
    c.header('Content-Type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });

  app.use('/trpc/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: { message: 'Request body too large', data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 } } }, 413) }));
  app.all('/trpc/*', (c) =>
    fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: runtime.router,
      allowMethodOverride: false,
      maxBatchSize: MAX_BATCH,
      createContext: ({ req, resHeaders }) => createRequestContext(runtime, { headers: req.headers, requestId: c.get('requestId'), responseHeaders: resHeaders }),
    }),
  );

  if (options.staticDir && mountSpa(app, options.staticDir)) logger.debug({ staticDir: options.staticDir }, 'serving the storefront');
  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  app.onError((error, c) => {
    logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return c.json({ error: 'Internal server error' }, 500);
  });
  return app;
}
