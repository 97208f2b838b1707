import type { TRPCError } from '@trpc/server';
import type { RequestContext } from './context';
import { domainError } from './errors';

/** "40 seconds" or "15 minutes": how long a refused client waits, as a person reads it. */
export function describeWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * TOO_MANY_REQUESTS (429) for a client that must wait: the wait in `Retry-After` and in `details.retryAfterSeconds`,
 * and the message says what happened and how long ("Too many codes tried. Try again in 15 minutes.").
 */
export function rateLimited(ctx: Pick<RequestContext, 'responseHeaders'>, reason: string, what: string, retryAfterSeconds: number): TRPCError {
  ctx.responseHeaders?.set('retry-after', String(retryAfterSeconds));
  return domainError('TOO_MANY_REQUESTS', reason, `${what} Try again in ${describeWait(retryAfterSeconds)}.`, { retryAfterSeconds });
}
