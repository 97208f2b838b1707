import type { CartService } from '@emporium/cart-api';
import { type CheckoutError, type SagaStep, sameMoney, type StepFailure, type StepOutputs, validateCart } from '@emporium/checkout-domain';
import type { InventoryService } from '@emporium/inventory-api';
import type { OrderService } from '@emporium/order-api';
import type { PaymentRouter, PaymentService } from '@emporium/payment-api';
import type { inferRouterOutputs } from '@trpc/server';
import { releaseCoupons } from './saga-undos';
import { attemptPayment, reservationTtlSeconds, type SagaEnv } from './saga-env';
import { couponError, declineError, outOfStockError } from './refusal-reasons';
import { stepFailure } from './step-failure';

/** What running a step came to: its output, a failure, or (authorising only) the shopper has yet to pay. */
export type StepResult<S extends SagaStep> =
  | { readonly type: 'done'; readonly output: StepOutputs[S] }
  | { readonly type: 'failed'; readonly failure: StepFailure }
  | { readonly type: 'wait' };

const done = <S extends SagaStep>(output: StepOutputs[S]): StepResult<S> => ({ type: 'done', output });
const failed = (failure: StepFailure): { type: 'failed'; failure: StepFailure } => ({ type: 'failed', failure });
const refused = (reason: CheckoutError) => failed({ kind: 'refused', reason });
const serviceRefused = (): CheckoutError => ({ type: 'ServiceUnavailable' });

async function attempt<S extends SagaStep>(run: () => Promise<StepResult<S>>, refusedAs: Parameters<typeof stepFailure>[1]): Promise<StepResult<S>> {
  try {
    return await run();
  } catch (error) {
    return failed(stepFailure(error, refusedAs));
  }
}

/** The cart as the shopper saw it against the catalog and stock when they placed it, and the total they reviewed. */
function validate(env: SagaEnv): StepResult<'validate'> {
  const { request } = env.attempt;
  const checked = validateCart(request.seen, request.offers);
  if (!checked.ok) return refused(checked.error);
  const total = request.snapshot.totals.total;
  if (!sameMoney(total, request.reviewedTotal)) return refused({ type: 'TotalChanged', was: request.reviewedTotal, now: total });
  return done<'validate'>({ total });
}

function reserveStock(env: SagaEnv): Promise<StepResult<'reserve_stock'>> {
  const { token, request } = env.attempt;
  return attempt(async () => {
    const { reservation } = await env.ctx.services.client<InventoryService>('inventory').reserve.mutate({
      idempotencyKey: token,
      lines: [...request.reservationLines],
      ttlSeconds: reservationTtlSeconds(env.ctx),
      reference: token,
    });
    return done<'reserve_stock'>({ reservationId: reservation.id });
  }, outOfStockError);
}

/** Every code on the cart, counted against its limits; if one is refused, those redeemed before it are given back. */
async function redeemCoupons(env: SagaEnv): Promise<StepResult<'redeem_coupon'>> {
  const { token, request } = env.attempt;
  const ids: string[] = [];
  for (const code of request.couponCodes) {
    try {
      const redeemed = await env.ctx.services.client<CartService>('cart').coupons.redeem.mutate({ code, orderRef: token, customerKey: request.customerKey });
      ids.push(redeemed.redemptionId);
    } catch (error) {
      const failure = stepFailure(error, (refusal) => couponError(code, refusal));
      if (failure.kind === 'refused') await releaseCoupons(env, request.couponCodes.slice(0, ids.length));
      return failed(failure);
    }
  }
  return done<'redeem_coupon'>({ couponRedemptionIds: ids });
}

type PaymentView = inferRouterOutputs<PaymentRouter>['internal']['get'];

/**
 * Creates the payment (once per attempt) and sees where it stands. The storefront's card form authorises it (the
 * saga waits for the shopper); an API client's token authorises it here. After a challenge, `resumed` confirms it.
 */
async function authorizePayment(env: SagaEnv): Promise<StepResult<'authorize_payment'>> {
  const payments = env.ctx.services.client<PaymentService>('payment');
  return attempt(async () => {
    const created = await attemptPayment(env);
    const paymentId = created.payment.id;
    await env.onPaymentCreated(paymentId, created.clientSecret);
    let view: PaymentView = await payments.internal.get.query({ paymentId });
    if (view.status === 'requires_payment_method' && env.paymentMethod) view = await payments.internal.authorize.mutate({ paymentId, paymentMethod: env.paymentMethod });
    else if (view.status === 'requires_action' && env.resumed) view = await payments.internal.confirm.mutate({ paymentId });
    return judgePayment(view, paymentId, env.paymentMethod !== undefined);
  }, serviceRefused);
}

function judgePayment(view: { status: string; processing: boolean; decline: { code: string } | null }, paymentId: string, tokenGiven: boolean): StepResult<'authorize_payment'> {
  if (view.processing) return failed({ kind: 'unavailable', detail: 'payment outcome not settled yet' });
  switch (view.status) {
    case 'authorized':
    case 'partially_captured':
    case 'captured':
      return done<'authorize_payment'>({ paymentId });
    case 'requires_action':
      return { type: 'wait' };
    case 'requires_payment_method':
      // A token given with the order that was declined ends the attempt; in the storefront the shopper tries another card.
      return tokenGiven && view.decline ? refused(declineError(view.decline.code)) : { type: 'wait' };
    default:
      return refused({ type: 'CardDeclined', reason: 'generic' });
  }
}

function createOrder(env: SagaEnv): Promise<StepResult<'create_order'>> {
  const { token, request, accessToken } = env.attempt;
  const { paymentId, reservationId } = env.state.outputs;
  return attempt(async () => {
    if (!paymentId) throw new Error('create_order runs after authorize_payment');
    const created = await env.ctx.services.client<OrderService>('order').create.mutate({
      checkoutAttempt: token,
      customerId: request.customerId,
      email: request.email,
      shippingAddress: request.shippingAddress,
      billingAddress: request.billingAddress,
      snapshot: request.snapshot,
      paymentId,
      reservationId: reservationId ?? null,
      accessToken,
    });
    return done<'create_order'>({ orderId: created.orderId, orderNumber: created.number });
  }, serviceRefused);
}

function commitStock(env: SagaEnv): Promise<StepResult<'commit_stock'>> {
  const { reservationId } = env.state.outputs;
  return attempt(async () => {
    if (reservationId) await env.ctx.services.client<InventoryService>('inventory').commit.mutate({ reservationId });
    return done<'commit_stock'>({});
  }, serviceRefused);
}

function completeCart(env: SagaEnv): Promise<StepResult<'complete_cart'>> {
  return attempt(async () => {
    await env.ctx.services.client<CartService>('cart').checkout.complete.mutate({ cartId: env.attempt.cartId });
    return done<'complete_cart'>({});
  }, () => ({ type: 'CartChanged' }));
}

function queueConfirmation(env: SagaEnv): Promise<StepResult<'queue_confirmation'>> {
  const { orderId } = env.state.outputs;
  return attempt(async () => {
    if (orderId) await env.ctx.services.client<OrderService>('order').confirm.mutate({ orderId });
    return done<'queue_confirmation'>({});
  }, serviceRefused);
}

/** Runs one step. Each is idempotent on the attempt token, so running it again has the effect of running it once. */
export async function runStep(step: SagaStep, env: SagaEnv): Promise<StepResult<SagaStep>> {
  switch (step) {
    case 'validate':
      return validate(env);
    case 'reserve_stock':
      return reserveStock(env);
    case 'redeem_coupon':
      return redeemCoupons(env);
    case 'authorize_payment':
      return authorizePayment(env);
    case 'create_order':
      return createOrder(env);
    case 'commit_stock':
      return commitStock(env);
    case 'complete_cart':
      return completeCart(env);
    case 'queue_confirmation':
      return queueConfirmation(env);
  }
}
