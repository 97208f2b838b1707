import { type RetryPolicy, WebhookSender as SignedWebhookSender, type WebhookAttempt as SignedWebhookAttempt } from '@emporium/signed-webhooks';
import { SIGNATURE_HEADER } from './signature';
import type { TrackingStatus } from './schemas';

export interface EventLocation {
  city: string;
  region?: string;
  postalCode?: string;
  country: string;
}

/** What a receiver gets, byte for byte the signed body. */
export interface WebhookEvent {
  id: string;
  type: 'tracking.updated';
  trackingNumber: string;
  status: TrackingStatus;
  occurredAt: string;
  description: string;
  location: EventLocation;
}

export interface WebhookTarget {
  url: string;
  secret: string;
}

export { defaultRetryPolicy, type RetryPolicy } from '@emporium/signed-webhooks';

type EventFields = Pick<WebhookEvent, 'trackingNumber' | 'status'>;

/** One POST to the receiver: `statusCode` null when it never answered (refused, reset, timed out). */
export type WebhookAttempt = SignedWebhookAttempt<EventFields>;

/**
 * Posts events to the webhook URL, signed, and retries a non-2xx answer or a network error with exponential backoff.
 * Events are delivered independently, like a real carrier's: a retried event can arrive after a later one.
 */
export class WebhookSender extends SignedWebhookSender<WebhookEvent, EventFields> {
  constructor(target: WebhookTarget | undefined, policy: RetryPolicy, note: (line: string) => void) {
    super(target, {
      signatureHeader: SIGNATURE_HEADER,
      userAgent: 'sandbox-carrier-webhooks/1',
      policy,
      order: 'independent',
      describe: ({ trackingNumber, status }) => ({ trackingNumber, status }),
      onAttempt: (a) => note(`webhook ${a.eventId} ${a.status} attempt ${a.attempt} → ${a.statusCode ?? a.error}`),
    });
  }
}
