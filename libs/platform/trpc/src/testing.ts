/**
 * Test support: a RequestContext for calling routers through `createCaller`, with a silent logger, fresh metrics
 * and the given caller. Import from `@emporium/platform-trpc/testing`; never from production code.
 */
import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import type { Database } from '@emporium/platform-db';
import { parseConfig } from '@emporium/platform-config';
import { createMetrics } from '@emporium/platform-observability';
import { ANONYMOUS, type AuthState, type Role } from './lib/auth';
import type { RequestContext } from './lib/context';
import { formatError } from './lib/errors';

/** The auth state of a signed-in user with `role`, or anonymous for null. */
export function authAs(role: Role | null): AuthState {
  return role ? { user: { id: `test-${role}`, email: `${role}@example.com`, role }, sessionId: 'test-session' } : ANONYMOUS;
}

export function testContext(options: { db?: Database; role?: Role | null } & Partial<RequestContext> = {}): RequestContext {
  const { role = null, ...overrides } = options;
  return {
    requestId: 'test',
    config: parseConfig({ NODE_ENV: 'test' }),
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(),
    db: undefined as never,
    events: undefined as never,
    services: { client: () => undefined as never },
    identify: async () => authAs(role),
    client: { ip: '127.0.0.1', userAgent: 'vitest' },
    publicUrl: 'http://localhost:3000',
    secureCookies: false,
    transport: 'http',
    fromService: false,
    cookie: () => null,
    ...overrides,
  };
}

/** What a client sees of a call's failure, through the error formatter (`OK` with nothing else for a success). */
export interface Outcome {
  readonly code: string;
  /** The field paths of a BAD_REQUEST, as the client receives them (`lines.0.quantity`). */
  readonly fields: readonly string[];
  readonly reason: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly message: string;
}

/** The code, field paths, reason, details and message a client would see of a call. Anything but a TRPCError is rethrown. */
export async function outcome(call: Promise<unknown> | (() => Promise<unknown>)): Promise<Outcome> {
  try {
    await (typeof call === 'function' ? call() : call);
    return { code: 'OK', fields: [], reason: undefined, details: undefined, message: '' };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const shape = formatError({ error, shape: { message: error.message, code: 0, data: { code: error.code, httpStatus: 400 } } });
    return {
      code: error.code,
      fields: (shape.data.fieldErrors ?? []).map((fieldError) => fieldError.path),
      reason: shape.data.reason,
      details: shape.data.details,
      message: shape.message,
    };
  }
}
