import { createHash, timingSafeEqual } from 'node:crypto';
import { getOrder, lockOrder, type Order } from '@emporium/order-data-access';
import type { DbTransaction } from '@emporium/platform-db';
import type { RequestContext, SignedInContext } from '@emporium/platform-trpc';
import { orderNotFound } from './order-errors';

export const hashAccessToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Compares the token's hash with the stored one in constant time; an order without a hash opens to no token. */
export function tokenOpens(order: Order, token: string): boolean {
  if (!order.accessTokenHash) return false;
  const given = Buffer.from(hashAccessToken(token), 'hex');
  const stored = Buffer.from(order.accessTokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * Who may see an order: its customer, whoever holds its token, or (a guest order only) whoever gives its number with
 * its e-mail address (found by `lookupGuestOrder`). Anyone else gets the same NOT_FOUND as for no order.
 */
export type OrderCaller =
  | { readonly kind: 'customer'; readonly customerId: string }
  | { readonly kind: 'guest'; readonly accessToken: string }
  | { readonly kind: 'lookup'; readonly email: string };

/** An e-mail address as compared for a lookup: trimmed, in lower case. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** A guest order (never a customer's: they sign in) whose e-mail is the given one. */
export const lookupOpens = (order: Order, email: string): boolean => order.customerId === null && normaliseEmail(order.email) === normaliseEmail(email);

export const customerCaller = (ctx: SignedInContext): OrderCaller => ({ kind: 'customer', customerId: ctx.user.id });

function opens(order: Order | null, caller: OrderCaller): order is Order {
  if (!order) return false;
  if (caller.kind === 'customer') return order.customerId === caller.customerId;
  return caller.kind === 'guest' ? tokenOpens(order, caller.accessToken) : lookupOpens(order, caller.email);
}

export async function visibleOrder(ctx: RequestContext, orderId: string, caller: OrderCaller): Promise<Order> {
  const order = await getOrder(ctx.db, orderId);
  if (!opens(order, caller)) throw orderNotFound(orderId);
  return order;
}

/** The order locked for a change by its customer or token holder. */
export async function lockVisibleOrder(trx: DbTransaction, orderId: string, caller: OrderCaller): Promise<Order> {
  const order = await lockOrder(trx, orderId);
  if (!opens(order, caller)) throw orderNotFound(orderId);
  return order;
}

export async function lockExisting(trx: DbTransaction, orderId: string): Promise<Order> {
  const order = await lockOrder(trx, orderId);
  if (!order) throw orderNotFound(orderId);
  return order;
}

/** The timeline's actor for the caller. */
export const actorOf = (caller: OrderCaller): string => (caller.kind === 'customer' ? `customer:${caller.customerId}` : 'shopper');
export const staffActor = (ctx: SignedInContext): string => `staff:${ctx.user.id}`;
