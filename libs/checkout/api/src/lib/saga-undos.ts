import type { CartService } from '@emporium/cart-api';
import type { UndoAction } from '@emporium/checkout-domain';
import type { InventoryService } from '@emporium/inventory-api';
import type { OrderService } from '@emporium/order-api';
import type { PaymentService } from '@emporium/payment-api';
import { attemptPayment, reservationTtlSeconds, type SagaEnv } from './saga-env';
import { refusalOf } from './step-failure';

/**
 * Undoes are idempotent and succeed when there is nothing to undo. A step whose outcome is unknown is undone as if it
 * had happened, so an undo finds its target by the attempt token when the step never reported an id: asking again
 * with the same key answers what the first call did (or does it now, to be undone at once).
 */

async function releaseStock(env: SagaEnv): Promise<void> {
  const inventory = env.ctx.services.client<InventoryService>('inventory');
  let reservationId = env.state.outputs.reservationId;
  if (!reservationId) {
    try {
      const replayed = await inventory.reserve.mutate({
        idempotencyKey: env.attempt.token,
        lines: [...env.attempt.request.reservationLines],
        ttlSeconds: reservationTtlSeconds(env.ctx),
        reference: env.attempt.token,
      });
      reservationId = replayed.reservation.id;
    } catch (error) {
      // Refused (out of stock now): nothing is held under this key.
      if (refusalOf(error)) return;
      throw error;
    }
  }
  await inventory.release.mutate({ reservationId, reason: 'checkout undone' });
}

export async function releaseCoupons(env: SagaEnv, codes: readonly string[]): Promise<void> {
  const cart = env.ctx.services.client<CartService>('cart');
  for (const code of codes) await cart.coupons.release.mutate({ code, orderRef: env.attempt.token });
}

async function voidPayment(env: SagaEnv): Promise<void> {
  // The same creation key answers the payment this attempt made (or makes one, cancelled at once).
  const { payment } = await attemptPayment(env);
  await env.ctx.services.client<PaymentService>('payment').internal.abandon.mutate({ paymentId: payment.id });
}

async function cancelOrder(env: SagaEnv): Promise<void> {
  await env.ctx.services.client<OrderService>('order').voidCheckoutOrder.mutate({ checkoutAttempt: env.attempt.token });
}

export async function runUndo(action: UndoAction, env: SagaEnv): Promise<void> {
  switch (action) {
    case 'release_stock':
      return releaseStock(env);
    case 'release_coupon':
      return releaseCoupons(env, env.attempt.request.couponCodes);
    case 'void_payment':
      return voidPayment(env);
    case 'cancel_order':
      return cancelOrder(env);
  }
}
