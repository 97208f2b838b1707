export { startSandboxCarrier } from './sandbox-carrier';
export type { PendingFailure } from '@emporium/stand-in-kit';
export type { SandboxCarrier, SandboxCarrierOptions, SandboxControl } from './sandbox-carrier';
export type { LabelRecord, PushResult, TrackingEvent } from './carrier';
export { signSandboxWebhook, verifySandboxWebhook, SIGNATURE_HEADER } from './signature';
export type { SignatureCheck } from './signature';
export type { Rate } from './rates';
export type { RetryPolicy, WebhookAttempt, WebhookEvent, WebhookTarget, EventLocation } from './webhooks';
export type { Currency, Service, TrackingStatus } from './schemas';
