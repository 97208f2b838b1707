import { createHash, randomBytes } from 'node:crypto';
import { abandon, attemptKey, type CartLineSnapshot, contentFingerprint, type CurrentOffer, onSubmit, start } from '@emporium/checkout-domain';
import { findAttempt, insertAttempt, latestAttempt, saveAttempt, unfinishedAttemptsOfCart } from '@emporium/checkout-data-access';
import type { RequestContext } from '@emporium/platform-trpc';
import { orderSnapshot, priceCheckout } from './checkout-pricing';
import type { CheckoutAddress, PlaceInput } from './checkout.inputs';
import { countCheckoutEnd } from './checkout-outcome';
import type { CheckoutRequest, OrderAddress } from './checkout-request';
import { checkoutRefusal, checkoutView, type CheckoutView } from './checkout-view';
import { type CheckoutAttempt, drive } from './saga-runner';

/** Tries of one step while the shopper waits; past them the recovery sweep finishes the attempt. */
export const LIVE_TRIES_PER_STEP = 3;
/** How long a repeated submit waits for the attempt it joined to get somewhere. */
const JOIN_WAIT_MS = 20_000;

function orderAddress(address: CheckoutAddress): OrderAddress {
  const name = `${address.firstName} ${address.lastName}`.trim();
  return {
    name: address.company ? `${name} (${address.company})` : name,
    line1: address.line1,
    ...(address.line2 ? { line2: address.line2 } : {}),
    city: address.city,
    ...(address.region ? { region: address.region } : {}),
    postalCode: address.postalCode,
    country: address.countryCode,
    ...(address.phone ? { phone: address.phone } : {}),
  };
}

export function destinationOf(address: CheckoutAddress) {
  return { country: address.countryCode, region: address.region, postalCode: address.postalCode };
}

/** Same cart contents, codes, addresses, e-mail, delivery and reviewed total → same attempt; anything else is another. */
function attemptFingerprint(request: Omit<CheckoutRequest, 'returnUrl' | 'offers' | 'snapshot' | 'reservationLines'>): string {
  const text = JSON.stringify([contentFingerprint(request.seen, request.couponCodes.join(',')), request.email, request.shippingAddress, request.billingAddress, request.shippingOption.id, request.reviewedTotal]);
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/**
 * Places the caller's cart: prices it on the server for the chosen delivery, stores the attempt under its token and
 * runs the saga. A repeated submit of the same contents joins the attempt already stored (one order, one payment);
 * after a failed attempt it starts the next one. A refusal (out of stock, price or total changed, coupon used up,
 * card declined) is thrown for the storefront to show; otherwise the answer says whether to pay, wait or celebrate.
 */
export async function placeOrder(ctx: RequestContext, input: PlaceInput): Promise<CheckoutView> {
  const priced = await priceCheckout(ctx, input.cartId, destinationOf(input.shippingAddress), input.shippingOptionId);
  const { quote } = priced;
  const seen: CartLineSnapshot[] = quote.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, unitPrice: line.unitPrice }));
  const offers: CurrentOffer[] = quote.lines.flatMap((line) =>
    line.currentPrice ? [{ sku: line.sku, unitPrice: line.currentPrice, available: line.available ?? Number.MAX_SAFE_INTEGER }] : [],
  );
  const shippingAddress = orderAddress(input.shippingAddress);
  const base = {
    email: input.email,
    customerId: quote.customerId,
    customerKey: quote.customerKey ?? input.email,
    shippingAddress,
    billingAddress: input.billingAddress ? orderAddress(input.billingAddress) : shippingAddress,
    shippingOption: priced.option,
    couponCodes: quote.couponCodes,
    seen,
    reviewedTotal: input.reviewedTotal,
  };
  const fingerprint = attemptFingerprint(base);
  const request: CheckoutRequest = {
    ...base,
    offers,
    snapshot: orderSnapshot(priced),
    reservationLines: quote.lines.map((line) => ({ sku: line.sku, quantity: line.quantity })),
    returnUrl: `${ctx.publicUrl}/checkout`,
  };

  const latest = await latestAttempt<CheckoutRequest>(ctx.db, quote.cartId, fingerprint);
  const decision = onSubmit(latest ? { status: latest.state.status, outputs: latest.state.outputs, sequence: latest.sequence } : undefined);
  if (latest && (decision.type === 'join' || decision.type === 'already_placed')) return answer(await settled(ctx, latest.token));
  const sequence = decision.type === 'retry_as_new_attempt' ? decision.sequence : 1;
  const token = attemptKey(quote.cartId, fingerprint, sequence);
  if (!token.ok) throw new Error(`Cannot name the checkout attempt: ${token.error.type}`);
  const begun = start(token.value, { cartId: quote.cartId, couponCodes: quote.couponCodes }, Date.now());
  if (!begun.ok) throw new Error(`Cannot start the checkout saga: ${begun.error.type}`);
  const inserted = await insertAttempt(ctx.db, {
    token: token.value,
    cartId: quote.cartId,
    fingerprint,
    sequence,
    accessToken: randomBytes(32).toString('base64url'),
    customerId: quote.customerId,
    state: begun.value,
    request,
    leaseMs: ctx.config.CHECKOUT_STALE_AFTER_MS,
  });
  // A parallel submit stored it first: this one joins it.
  if (!inserted) return answer(await settled(ctx, token.value));
  await supersedeOthers(ctx, quote.cartId, token.value);
  return answer(await drive(ctx, token.value, { triesPerStep: LIVE_TRIES_PER_STEP, ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}) }));
}

/** The view of an attempt; a failed one is the refusal the shopper must act on. */
function answer(attempt: CheckoutAttempt): CheckoutView {
  const failure = attempt.state.status === 'failed' ? attempt.state.failure : undefined;
  if (failure) throw checkoutRefusal(failure.error);
  return checkoutView(attempt);
}

/** Waits (briefly) until an attempt another request is running has got somewhere to answer about. */
async function settled(ctx: RequestContext, token: string): Promise<CheckoutAttempt> {
  const until = Date.now() + JOIN_WAIT_MS;
  for (;;) {
    const attempt = await findAttempt<CheckoutRequest>(ctx.db, token);
    if (!attempt) throw new Error(`No checkout attempt ${token}`);
    const moving = attempt.state.status === 'running' || attempt.state.status === 'compensating';
    if (!moving || Date.now() > until) return attempt;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The shopper placed the cart again with other details (address, delivery…) while an earlier attempt still waits for
 * their payment: that one is given up (stock, coupon and payment let go) so it cannot hold what the new one needs.
 */
async function supersedeOthers(ctx: RequestContext, cartId: string, token: string): Promise<void> {
  for (const other of await unfinishedAttemptsOfCart<CheckoutRequest>(ctx.db, cartId)) {
    if (other.token === token || other.state.status !== 'waiting_for_shopper') continue;
    const given = abandon(other.state, 'shopper_timed_out', Date.now());
    if (!given.ok || (await saveAttempt(ctx.db, other.token, other.version, given.value)) === null) continue;
    countCheckoutEnd(ctx.metrics, other.state.status, given.value);
    await drive(ctx, other.token, { triesPerStep: LIVE_TRIES_PER_STEP });
  }
}
