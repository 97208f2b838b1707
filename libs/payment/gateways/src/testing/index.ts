export { type ContractBackend, type ContractOperation, describeGatewayContract, type FailureMode, type SentWebhook } from './gateway-contract';
