export { type ContractBackend, type ContractOperation, describeGatewayContract, type FailureMode, type SentWebhook } from './gateway-contract';
export { submitChallenge } from './challenge-form';
export { type Delivery, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';
