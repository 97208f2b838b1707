import { initTRPC, TRPCError } from '@trpc/server';
import type { Role } from './auth';
import type { RequestContext } from './context';
import { formatError, invalidInput, translateInfrastructureError, translateServiceCallError } from './errors';
import { findUnstorableText } from './unstorable-text';

/** The one tRPC instance of Emporium. Every service's router is built from these helpers. */
const t = initTRPC.context<RequestContext>().create({
  errorFormatter: formatError,
  // Stacks stay in our logs; clients get the formatted shape only.
  isDev: false,
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Refuses text PostgreSQL cannot store, times every call, logs unexpected failures (with their stack) on the server
 * side only, and turns failures of calls to other services, and an unreachable database, into typed errors.
 */
const observed = t.procedure.use(async ({ ctx, path, type, next, getRawInput }) => {
  const unstorable = findUnstorableText(await getRawInput());
  if (unstorable) throw invalidInput([unstorable]);
  const started = performance.now();
  let result = await next();
  const translated = result.ok ? null : (translateServiceCallError(result.error.cause) ?? translateInfrastructureError(result.error.cause));
  if (translated) result = { ok: false, error: translated, marker: result.marker } as typeof result;
  const outcome = result.ok ? 'ok' : result.error.code;
  ctx.metrics.procedureCalls.observe({ procedure: path, type, outcome, transport: ctx.transport }, (performance.now() - started) / 1000);
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.logger.error({ err: result.error.cause ?? result.error, procedure: path }, 'procedure failed');
  }
  return result;
});

export const publicProcedure = observed;

/**
 * Called only by other Emporium services (the checkout reserving stock, say), never straight from a browser: in-process,
 * or over HTTP with the service token. A shopper reaches these only through a public procedure that calls them.
 */
export const internalProcedure = observed.use(({ ctx, next }) => {
  if (!ctx.fromService) throw new TRPCError({ code: 'FORBIDDEN', message: 'This operation is only available to Emporium services' });
  return next({ ctx });
});

/** A signed-in user of any role. */
export const customerProcedure = observed.use(async ({ ctx, next }) => {
  const auth = await ctx.identify();
  if (!auth.user || !auth.sessionId) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  return next({ ctx: { ...ctx, user: auth.user, sessionId: auth.sessionId } });
});

function requireRole(roles: readonly Role[]) {
  return customerProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not allowed to do this' });
    return next({ ctx });
  });
}

/** Shop staff and admins. */
export const staffProcedure = requireRole(['staff', 'admin']);

/** Admins only. */
export const adminProcedure = requireRole(['admin']);
