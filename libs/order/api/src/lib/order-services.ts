import { createHash } from 'node:crypto';
import type { InventoryService } from '@emporium/inventory-api';
import type { PaymentFacts } from '@emporium/order-domain';
import type { PaymentService } from '@emporium/payment-api';
import type { RequestContext } from '@emporium/platform-trpc';
import type { ShippingService } from '@emporium/shipping-api';

/** The payment's amounts as the payment service reports them (minor units). */
export interface PaymentAmounts {
  readonly authorized: number;
  readonly captured: number;
  readonly refunded: number;
  readonly capturable: number;
  readonly refundable: number;
}

export interface PaymentSummary {
  readonly id: string;
  readonly status: string;
  readonly currency: string;
  readonly amounts: PaymentAmounts;
}

type Services = Pick<RequestContext, 'services'>;

/**
 * An idempotency key for a call another service makes exactly once: the order, the operation, the order's call
 * number and a digest of what is asked. A retry after a rollback asks the same and gets the same key (the callee
 * replays); a different request that happens to take the same number gets another key instead of being refused as a
 * reused one.
 */
export function requestKey(orderId: string, operation: string, seq: number | string, request: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(request)).digest('hex').slice(0, 16);
  return `order:${orderId}:${operation}:${seq}:${digest}`;
}

const payments = (ctx: Services) => ctx.services.client<PaymentService>('payment').internal;
export const inventory = (ctx: Services) => ctx.services.client<InventoryService>('inventory');
export const shipments = (ctx: Services) => ctx.services.client<ShippingService>('shipping').admin.shipments;

const summary = (view: { id: string; status: string; amount: { currency: string }; amounts: PaymentAmounts }): PaymentSummary => ({
  id: view.id,
  status: view.status,
  currency: view.amount.currency,
  amounts: view.amounts,
});

export async function readPayment(ctx: Services, paymentId: string): Promise<PaymentSummary> {
  return summary(await payments(ctx).get.query({ paymentId }));
}

export async function capturePayment(ctx: Services, paymentId: string, amount: number, requestKey: string): Promise<PaymentSummary> {
  return summary(await payments(ctx).capture.mutate({ paymentId, amount, requestKey }));
}

export async function voidPayment(ctx: Services, paymentId: string, requestKey: string): Promise<PaymentSummary> {
  return summary(await payments(ctx).void.mutate({ paymentId, requestKey }));
}

export async function refundPayment(ctx: Services, paymentId: string, amount: number, reason: string, requestKey: string): Promise<PaymentSummary> {
  return summary(await payments(ctx).refund.mutate({ paymentId, amount, reason, requestKey }));
}

const NO_PAYMENT: PaymentFacts = { authorized: 0, captured: 0, refunded: 0, authorizationClosed: false };

/** The domain's payment facts: the authorisation is closed when less is capturable than authorised and not captured. */
export function paymentFacts(payment: PaymentSummary | null): PaymentFacts {
  if (!payment) return NO_PAYMENT;
  const { authorized, captured, refunded, capturable } = payment.amounts;
  return { authorized, captured, refunded, authorizationClosed: capturable < Math.max(0, authorized - captured) };
}

/** The order's payment, or null when it has none. */
export async function paymentOf(ctx: Services, order: { readonly paymentId: string | null }): Promise<PaymentSummary | null> {
  return order.paymentId ? readPayment(ctx, order.paymentId) : null;
}
