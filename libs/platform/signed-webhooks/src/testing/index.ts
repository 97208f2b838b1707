export { type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';
