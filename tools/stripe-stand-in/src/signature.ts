import { signTimestampedHmac } from '@emporium/signed-webhooks';

/** The header Stripe signs webhooks with. */
export const STRIPE_SIGNATURE_HEADER = 'Stripe-Signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>`, exactly as Stripe signs a delivery. */
export const signStripePayload = signTimestampedHmac;
