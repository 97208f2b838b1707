export {
  diagnoseTimestampedHmac,
  parseTimestampedHmac,
  type SignatureCheck,
  type SignatureDiagnosis,
  signTimestampedHmac,
  verifyTimestampedHmac,
  WEBHOOK_TOLERANCE_SECONDS,
} from './lib/timestamped-hmac';
export { secretList } from './lib/secret-list';
export { postSigned, type SignedPost } from './lib/post-signed';
export { defaultRetryPolicy, type RetryPolicy, type WebhookAttempt, WebhookSender, type WebhookSenderOptions, type WebhookTarget } from './lib/webhook-sender';
