import { diagnoseTimestampedHmac, signTimestampedHmac, type SignatureDiagnosis } from '@emporium/signed-webhooks';

/** The header every webhook carries: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. */
export const SIGNATURE_HEADER = 'Test-Gateway-Signature';

export type SignatureCheck = SignatureDiagnosis;

/** The `Test-Gateway-Signature` value for `body` (the exact bytes sent) signed at `timestampSeconds`. */
export const signPayload = signTimestampedHmac;

/** Checks a `Test-Gateway-Signature` header the way a receiver should: constant time, 300 s either way by default. */
export const verifySignature = diagnoseTimestampedHmac;
