export { startTestGateway, DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY } from './test-gateway';
export type { RecordedRequest, TestGateway, TestGatewayControl, TestGatewayOptions } from './test-gateway';
export type { FailureRule, PendingFailure } from '@emporium/stand-in-kit';
export { TEST_CARDS, TEST_TOKENS } from './cards';
export type { CardBehaviour, CardBrand, CardDetails, CardErrorCode } from './cards';
export type { CaptureRecord, IntentRecord, IntentStatus, PaymentErrorCode, PaymentIntent, Refund } from './intent';
export { signPayload, verifySignature, SIGNATURE_HEADER } from './signature';
export type { SignatureCheck } from './signature';
export type { EventType, RetryPolicy, WebhookAttempt, WebhookEvent, WebhookTarget } from './webhooks';
