import { stripeSdk } from './stripe-sdk';
import { z } from 'zod';
import type { Gateway, GatewayEvent, GatewayIntent, WebhookResult } from './gateway';
import { GatewayUnavailable } from './gateway-errors';
import { fromStripeError } from './stripe-errors';
import { fromStripeIntent, intentFromRefundedCharge, stripeCharge, stripeIntent } from './stripe-status';
import { requireKey } from './test-gateway-adapter';
import { secretList, WEBHOOK_TOLERANCE_SECONDS } from '@emporium/signed-webhooks';

export const STRIPE_CODE = 'stripe';

/** Its configuration, as `env.ts` validates it. `apiHost`/`port`/`protocol` point the SDK elsewhere (the stand-in). */
export const stripeGatewayConfig = z.object({
  secretKey: z.string().min(1),
  publishableKey: z.string().min(1),
  /** The endpoint's signing secret (`whsec_…`); several, comma-separated or a list, while rotating. */
  webhookSecret: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  apiHost: z.string().min(1).optional(),
  port: z.number().int().positive().max(65_535).optional(),
  protocol: z.enum(['http', 'https']).optional(),
  /** Per attempt; default 10 000 ms. The SDK retries twice more (network errors, timeouts, 409, 5xx). */
  timeoutMs: z.number().int().positive().default(10_000),
});
export type StripeGatewayConfig = z.input<typeof stripeGatewayConfig>;

/** Every answer carries the charge: it has the card and the refunded total, and says whether the card was authorised. */
const EXPAND = ['latest_charge'];

const stripeEvent = z.object({ id: z.string(), type: z.string(), created: z.number().int(), data: z.object({ object: z.unknown() }) });

/** Stripe through its official SDK, manual capture. The payment service's keys go on every POST. */
export function stripeGateway(input: StripeGatewayConfig): Gateway {
  const config = stripeGatewayConfig.parse(input);
  const code = STRIPE_CODE;
  const secrets = secretList(config.webhookSecret);
  const Stripe = stripeSdk();
  const stripe = new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: config.timeoutMs,
    // The telemetry header changes between requests; without it a retry is the very same request.
    telemetry: false,
    ...(config.apiHost ? { host: config.apiHost } : {}),
    ...(config.port ? { port: config.port } : {}),
    ...(config.protocol ? { protocol: config.protocol } : {}),
  });

  const toIntent = (value: unknown): GatewayIntent => {
    const parsed = stripeIntent.safeParse(value);
    if (!parsed.success) throw new GatewayUnavailable(code, 'bad_response', `${code}: unexpected PaymentIntent`, { cause: parsed.error });
    return fromStripeIntent(parsed.data);
  };
  const call = async <T>(idempotencyKey: string | undefined, work: () => Promise<T>): Promise<T> => {
    if (idempotencyKey !== undefined) requireKey(idempotencyKey);
    try {
      return await work();
    } catch (error) {
      throw fromStripeError(code, idempotencyKey, error);
    }
  };
  const retrieve = async (id: string) => toIntent(await call(undefined, () => stripe.paymentIntents.retrieve(id, { expand: EXPAND })));

  return {
    code,

    createIntent: async (request) =>
      toIntent(
        await call(request.idempotencyKey, () =>
          stripe.paymentIntents.create(
            {
              amount: request.amount.amount,
              currency: request.amount.currency.toLowerCase(),
              capture_method: 'manual',
              // Stripe takes the return URL at confirm; kept here so `authorize` sends the same one on every retry.
              metadata: { reference: request.reference, return_url: request.returnUrl },
              expand: EXPAND,
            },
            { idempotencyKey: request.idempotencyKey },
          ),
        ),
      ),

    async authorize(request) {
      requireKey(request.idempotencyKey);
      const current = await call(undefined, () => stripe.paymentIntents.retrieve(request.intentId));
      const returnUrl = current.metadata?.['return_url'];
      try {
        const confirmed = await stripe.paymentIntents.confirm(
          request.intentId,
          { payment_method: request.paymentMethod, ...(returnUrl ? { return_url: returnUrl } : {}), expand: EXPAND },
          { idempotencyKey: request.idempotencyKey },
        );
        return toIntent(confirmed);
      } catch (error) {
        // A decline is Stripe's 402: the intent now holds `last_payment_error`, which is the answer we give.
        if (error instanceof Stripe.errors.StripeCardError) return retrieve(request.intentId);
        throw fromStripeError(code, request.idempotencyKey, error);
      }
    },

    // Completing the challenge moves a manual-capture intent to `requires_capture` by itself: reading it is enough.
    confirm: async (request) => {
      requireKey(request.idempotencyKey);
      return retrieve(request.intentId);
    },

    capture: async (request) =>
      toIntent(
        await call(request.idempotencyKey, () =>
          stripe.paymentIntents.capture(request.intentId, { amount_to_capture: request.amount, expand: EXPAND }, { idempotencyKey: request.idempotencyKey }),
        ),
      ),

    void: async (request) =>
      toIntent(await call(request.idempotencyKey, () => stripe.paymentIntents.cancel(request.intentId, { expand: EXPAND }, { idempotencyKey: request.idempotencyKey }))),

    async refund(request) {
      const refund = await call(request.idempotencyKey, () =>
        stripe.refunds.create(
          { payment_intent: request.intentId, amount: request.amount, reason: 'requested_by_customer', metadata: { reason: request.reason } },
          { idempotencyKey: request.idempotencyKey },
        ),
      );
      return { id: refund.id, amount: refund.amount, intent: await retrieve(request.intentId) };
    },

    retrieve: (request) => retrieve(request.intentId),

    parseWebhook({ headers, rawBody, now }): WebhookResult {
      const header = headers.get('stripe-signature');
      if (!header) return { ok: false, reason: 'bad_signature' };
      let verified = false;
      let stale = false;
      for (const secret of secrets) {
        try {
          stripe.webhooks.constructEvent(rawBody, header, secret, WEBHOOK_TOLERANCE_SECONDS, undefined, now.getTime());
          verified = true;
          break;
        } catch (error) {
          // Verified, then the SDK's own JSON.parse failed: signed garbage.
          if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) return { ok: false, reason: 'malformed' };
          if (/tolerance/i.test(error.message)) stale = true;
        }
      }
      if (!verified) return { ok: false, reason: stale ? 'stale_timestamp' : 'bad_signature' };
      // The SDK refuses only old timestamps; one from the future is as suspect.
      const t = Number(/(?:^|,)t=(\d+)/.exec(header)?.[1]);
      if (t - now.getTime() / 1000 > WEBHOOK_TOLERANCE_SECONDS) return { ok: false, reason: 'stale_timestamp' };
      return parseEvent(rawBody);
    },

    clientConfig: () => ({ provider: 'stripe', publishableKey: config.publishableKey }),
  };
}

/** `payment_intent.*` carry the intent, `charge.refunded` the charge; other types are acknowledged with no events. */
function parseEvent(rawBody: string): WebhookResult {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const event = stripeEvent.safeParse(json);
  if (!event.success) return { ok: false, reason: 'malformed' };
  const { id, type, created } = event.data;
  const occurredAt = new Date(created * 1000);
  const one = (intent: GatewayIntent): WebhookResult => ({ ok: true, events: [{ id, type, intent, occurredAt } satisfies GatewayEvent] });
  if (type.startsWith('payment_intent.')) {
    const intent = stripeIntent.safeParse(event.data.data.object);
    return intent.success ? one(fromStripeIntent(intent.data)) : { ok: false, reason: 'malformed' };
  }
  if (type === 'charge.refunded') {
    const charge = stripeCharge.safeParse(event.data.data.object);
    if (!charge.success || !charge.data.payment_intent) return { ok: false, reason: 'malformed' };
    return one(intentFromRefundedCharge({ ...charge.data, payment_intent: charge.data.payment_intent }));
  }
  return { ok: true, events: [] };
}
