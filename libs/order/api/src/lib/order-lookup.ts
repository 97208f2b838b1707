import { getOrderByNumber, type Order, orderLookupGuesses } from '@emporium/order-data-access';
import { formatOrderNumber, parseOrderNumber } from '@emporium/order-domain';
import { domainError, rateLimited, type RequestContext } from '@emporium/platform-trpc';
import { lookupOpens } from './order-access';

/** One answer for every miss: never which of the number or the e-mail was wrong. */
export const LOOKUP_NOT_FOUND_MESSAGE = 'No order with that number was placed with that e-mail address';

/**
 * A guest's order by its number (with or without the dash) and the e-mail it was placed with (any case, spaces
 * around). A malformed number, an unknown one, another e-mail and a customer's order (they sign in) all answer the
 * same NOT_FOUND and count as a miss; too many misses from one address → TOO_MANY_REQUESTS for a while.
 */
export async function lookupGuestOrder(ctx: RequestContext, number: string, email: string): Promise<Order> {
  const guesses = orderLookupGuesses(ctx.db);
  const address = ctx.client.ip ?? 'unknown';
  const wait = await guesses.waitSeconds(address);
  if (wait > 0) throw rateLimited(ctx, 'ORDER_LOOKUP_GUESSES_LIMITED', 'Too many lookups that found nothing.', wait);
  const parsed = parseOrderNumber(number);
  const order = parsed.ok ? await getOrderByNumber(ctx.db, formatOrderNumber(parsed.value)) : null;
  if (!order || !lookupOpens(order, email)) {
    await guesses.recordMiss(address);
    throw domainError('NOT_FOUND', 'ORDER_NOT_FOUND', LOOKUP_NOT_FOUND_MESSAGE);
  }
  return order;
}
