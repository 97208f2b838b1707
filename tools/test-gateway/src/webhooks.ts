import type { PaymentIntent, Refund } from './intent';
import { type RetryPolicy, WebhookSender as SignedWebhookSender, type WebhookAttempt as SignedWebhookAttempt, type WebhookTarget } from '@emporium/signed-webhooks';
import { SIGNATURE_HEADER } from './signature';

export type EventType =
  | 'payment_intent.requires_action'
  | 'payment_intent.amount_capturable_updated'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.canceled'
  | 'charge.refunded';

/** What a receiver gets, byte for byte the signed body. `charge.refunded` carries the refund, the rest the intent. */
export interface WebhookEvent {
  id: string;
  type: EventType;
  /** Unix seconds. */
  created: number;
  data: { object: PaymentIntent | Refund };
}

export { defaultRetryPolicy, type RetryPolicy, type WebhookTarget } from '@emporium/signed-webhooks';

/** One POST to a receiver: `statusCode` null when it never answered (refused, reset, timed out). */
export type WebhookAttempt = SignedWebhookAttempt<{ type: EventType }>;

/**
 * Posts events, signed, to every endpoint and retries a non-2xx answer or a network error with exponential backoff.
 * First attempts go out one event after another, so a healthy receiver sees events in the order they happened;
 * retries run in the background and may arrive after a later event, as with real gateways.
 */
export class WebhookSender extends SignedWebhookSender<WebhookEvent, { type: EventType }> {
  constructor(target: WebhookTarget | undefined, policy: RetryPolicy, note: (line: string) => void) {
    super(target, {
      signatureHeader: SIGNATURE_HEADER,
      userAgent: 'test-gateway-webhooks/1',
      policy,
      describe: (event) => ({ type: event.type }),
      onAttempt: (a) => note(`webhook ${a.eventId} ${a.type} → ${a.url} attempt ${a.attempt} → ${a.statusCode ?? a.error}`),
    });
  }
}
