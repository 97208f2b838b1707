import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { SERVICES } from '@emporium/app-services';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { SERVICE_NAMES } from '@emporium/platform-config';
import { pendingMigrations } from '@emporium/platform-db';
import { handleLeanTrpcRequest, isLeanTrpcRequest, MAX_BATCH_SIZE } from '@emporium/platform-trpc';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { sql } from 'kysely';
import { type ApiRuntime, createRequestContext } from '../runtime/api-runtime';
import { clientInfo } from './client-info';
import { csrfGuard } from './csrf-guard';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { mountPlaceholderMedia } from './placeholder-media';
import { paymentOrigins } from './payment-origins';
import { forwardRequest, forwardTargetOf, trpcError } from './service-forwarding';
import { mountSpa } from './static-spa';

type Env = { Variables: { requestId: string } };

const MAX_BODY_BYTES = 1024 * 1024;

/** The HTTP surface of one API process: tRPC, health, metrics and (in production) the SPA. */
export function createHttpApp(runtime: ApiRuntime, options: { staticDir?: string } = {}): Hono<Env> {
  const app = new Hono<Env>();
  const { logger, metrics } = runtime;
  const gateways = paymentOrigins(runtime.config);

  app.use('*', async (c, next) => {
    const requestId = requestIdFrom(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', requestId);
    // Set before the handler runs: headers added after it force the response to be rebuilt (4× slower in bench).
    c.header(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    await next();
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
        // Product images may live on a CDN the merchant names in the admin.
        imgSrc: ["'self'", 'data:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Card details are typed into the payment provider's own frame (and Stripe's script), never into our pages.
        scriptSrc: ["'self'", ...gateways.scripts],
        frameSrc: ["'self'", ...gateways.frames],
        connectSrc: ["'self'", ...gateways.connections],
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

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: { message: 'Request body too large', data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 } } }, 413),
  });
  // Only requests with a body: on a GET the limiter would build a full WHATWG Request for nothing (a third of a read's CPU).
  app.use('/trpc/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use('/trpc/*', csrfGuard({ trustedOrigins: runtime.trustedOrigins, matchHost: !runtime.config.PUBLIC_URL, serviceToken: runtime.config.SERVICE_TOKEN }));
  // Calls for services of other processes are passed on to them (this process is the edge the SPA talks to).
  const { serviceUrls } = runtime.config;
  const forwards = SERVICE_NAMES.some((name) => !runtime.mountedServices.includes(name) && serviceUrls[name]);
  app.all('/trpc/*', async (c) => {
    const requestId = c.get('requestId');
    const responseHeaders = new Headers();
    const client = clientInfo(c, runtime.config.TRUST_PROXY);
    if (forwards) {
      const target = forwardTargetOf(c.req.path.slice('/trpc/'.length), runtime.mountedServices, serviceUrls);
      if (target.kind === 'forward') return forwardRequest(c, target, { requestId, clientIp: client.ip });
      if (target.kind === 'mixed') {
        return trpcError(c.req.query('batch') === '1', target.calls, 400, 'BAD_REQUEST', 'One request may only call procedures of one service while the services run in separate processes');
      }
    }
    const createContext = () => createRequestContext(runtime, { headers: c.req.raw.headers, requestId, responseHeaders, client });
    // Plain queries and mutations take the lean path (same protocol, a fraction of the CPU); the rest, tRPC's own.
    if (isLeanTrpcRequest(c.req.method, { get: (name) => c.req.header(name) }, new URLSearchParams(c.req.query()))) {
      const method = c.req.method === 'GET' ? 'GET' : 'POST';
      const response = await handleLeanTrpcRequest(
        runtime.router,
        { method, pathSegment: c.req.path.slice('/trpc/'.length), isBatch: c.req.query('batch') === '1', rawInput: method === 'GET' ? (c.req.query('input') ?? null) : await c.req.text() },
        createContext,
      );
      responseHeaders.forEach((value, name) => c.header(name, value, { append: true }));
      c.header('content-type', 'application/json');
      c.header('vary', 'trpc-accept, accept');
      return c.body(response.body, response.status as ContentfulStatusCode);
    }
    return fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: runtime.router,
      allowMethodOverride: false,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ resHeaders }) => createRequestContext(runtime, { headers: c.req.raw.headers, requestId, responseHeaders: resHeaders, client }),
    });
  });

  // Plain HTTP routes of the mounted services (carriers' webhooks): they authenticate requests themselves. Those of
  // services in other processes are passed on, so providers can post to the shop's one public address.
  for (const name of SERVICE_NAMES) {
    const url = serviceUrls[name];
    if (runtime.mountedServices.includes(name) || !url) continue;
    for (const route of SERVICES[name]?.httpRoutes ?? []) {
      app.post(route.path, limitBody, (c) => forwardRequest(c, { service: name, url }, { requestId: c.get('requestId'), clientIp: clientInfo(c, runtime.config.TRUST_PROXY).ip }));
    }
  }
  for (const name of runtime.mountedServices) {
    for (const route of SERVICES[name]?.httpRoutes ?? []) {
      app.post(route.path, limitBody, async (c) => {
        const response = await route.handle(
          { params: c.req.param() as Record<string, string>, headers: c.req.raw.headers, rawBody: await c.req.text() },
          { config: runtime.config, db: runtime.db, events: runtime.events, logger: logger.child({ requestId: c.get('requestId') }) },
        );
        return c.json(response.body as object, response.status as ContentfulStatusCode);
      });
    }
  }

  mountPlaceholderMedia(app);
  if (options.staticDir && mountSpa(app, options.staticDir)) logger.debug({ staticDir: options.staticDir }, 'serving the storefront');
  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  app.onError((error, c) => {
    logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return c.json({ error: 'Internal server error' }, 500);
  });
  return app;
}
