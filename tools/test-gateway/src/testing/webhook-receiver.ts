import { startWebhookReceiver as start, type ReceivedWebhook as Received, type WebhookReceiver as Receiver } from '@emporium/signed-webhooks/testing';
import type { WebhookEvent } from '../webhooks';

export type ReceivedWebhook = Received<WebhookEvent>;
export type WebhookReceiver = Receiver<WebhookEvent>;

/** The "shop" side in the gateway's own tests: records every delivery to `/webhooks/payments`. */
export const startWebhookReceiver = (): Promise<WebhookReceiver> => start<WebhookEvent>('/webhooks/payments');
