import { clientSecretMatches, getPayment, type Payment } from '@emporium/payment-data-access';
import type { RequestContext } from '@emporium/platform-trpc';
import { paymentNotFound } from './payment-errors';

/**
 * The payment, for whoever may pay or see it: the signed-in customer it belongs to, or the holder of its client
 * secret (a guest's checkout, a payment link). Anyone else — another customer included — gets the same NOT_FOUND as
 * for an id that does not exist.
 */
export async function accessiblePayment(ctx: RequestContext, paymentId: string, clientSecret: string | undefined): Promise<Payment> {
  const payment = await getPayment(ctx.db, paymentId);
  if (!payment) throw paymentNotFound(paymentId);
  if (payment.customerId) {
    const auth = await ctx.identify();
    if (auth.user?.id === payment.customerId) return payment;
  }
  if (clientSecret && (await clientSecretMatches(ctx.db, paymentId, clientSecret))) return payment;
  throw paymentNotFound(paymentId);
}

/** Who did it, as the attempt timeline shows it. */
export async function actorOf(ctx: RequestContext): Promise<string> {
  if (ctx.fromService) return 'service';
  const auth = await ctx.identify();
  if (!auth.user) return 'shopper';
  return `${auth.user.role === 'customer' ? 'customer' : 'staff'}:${auth.user.id}`;
}
