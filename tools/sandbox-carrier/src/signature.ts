import { diagnoseTimestampedHmac, signTimestampedHmac, type SignatureDiagnosis } from '@emporium/signed-webhooks';

/** The header every webhook carries: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. */
export const SIGNATURE_HEADER = 'Sandbox-Signature';

export type SignatureCheck = SignatureDiagnosis;

/** The `Sandbox-Signature` value for `body` (the exact bytes sent) signed at `timestampSeconds`. */
export const signSandboxWebhook = signTimestampedHmac;

/** Checks a `Sandbox-Signature` header the way a receiver should: constant time, 300 s either way by default. */
export const verifySandboxWebhook = diagnoseTimestampedHmac;
