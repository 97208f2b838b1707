export type {
  ClientConfig,
  CreateIntentRequest,
  DeclineCode,
  Gateway,
  GatewayEvent,
  GatewayIntent,
  GatewayRefund,
  WebhookResult,
} from './lib/gateway';
export { GatewayIdempotencyConflict, GatewayRejected, GatewayUnavailable, type GatewayUnavailableReason } from './lib/gateway-errors';
export {
  TEST_GATEWAY_CODE,
  TEST_GATEWAY_SIGNATURE_HEADER,
  testGateway,
  testGatewayConfig,
  type TestGatewayConfig,
  type TestGatewayTuning,
} from './lib/test-gateway-adapter';
export { testGatewayStatus } from './lib/test-gateway-status';
export { WEBHOOK_TOLERANCE_SECONDS } from './lib/webhook-signature';
