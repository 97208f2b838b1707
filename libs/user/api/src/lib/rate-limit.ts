import { rateLimited, type RequestContext } from '@emporium/platform-trpc';
import { authRateLimits, type AuthRateLimits, RateLimitedError } from '@emporium/user-data-access';

export function limitsFor(ctx: RequestContext): AuthRateLimits {
  return authRateLimits(ctx.db, ctx.config.AUTH_LOCKOUT_SECONDS);
}

/** The caller's address as the limits key it; local calls without one share a single bucket. */
export function clientKey(ctx: RequestContext): string {
  return ctx.client.ip ?? 'unknown';
}

/** Runs a rate-limit check; a refusal becomes 429 TOO_MANY_REQUESTS with Retry-After. */
export async function withinLimit(ctx: RequestContext, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    throw rateLimited(ctx, 'rate_limited', 'Too many attempts.', error.retryAfterSeconds);
  }
}
