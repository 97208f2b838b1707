export { type ContractBackend, type ContractOperation, describeGatewayContract, type FailureMode, type SentWebhook } from './gateway-contract';
export { type Delivery, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';
