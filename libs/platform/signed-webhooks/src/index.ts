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
