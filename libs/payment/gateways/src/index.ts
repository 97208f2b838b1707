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
export { WEBHOOK_TOLERANCE_SECONDS } from '@emporium/signed-webhooks';
export {
  STRIPE_CODE,
  stripeGateway,
  stripeGatewayConfig,
  type StripeGatewayConfig,
} from './lib/stripe-gateway';
export { fromStripeIntent, stripeDeclineCode, stripeStatus } from './lib/stripe-status';
export {
  createGateway,
  createGateways,
  defineGateway,
  GATEWAY_DEFINITIONS,
  GatewayConfigError,
  type GatewayDefinition,
  type GatewaysConfig,
  stripeDefinition,
  testGatewayDefinition,
} from './lib/registry';
export { gatewayHttpClient, type GatewayHttpClient, type GatewayHttpOptions, type GatewayHttpRequest, type GatewayHttpResponse } from './lib/http-client';
export { verifyTimestampedHmac, type SignatureCheck } from '@emporium/signed-webhooks';
