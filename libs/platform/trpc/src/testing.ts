/**
 * Test support: a RequestContext for calling routers through `createCaller`, with a silent logger, fresh metrics
 * and the given caller. Import from `@emporium/platform-trpc/testing`; never from production code.
 */
import { pino } from 'pino';
import type { Database } from '@emporium/platform-db';
import { parseConfig } from '@emporium/platform-config';
import { createMetrics } from '@emporium/platform-observability';
import { ANONYMOUS, type AuthState, type Role } from './lib/auth';
import type { RequestContext } from './lib/context';

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
