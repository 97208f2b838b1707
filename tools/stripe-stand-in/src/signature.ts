import { createHmac } from 'node:crypto';

/** The header Stripe signs webhooks with. */
export const STRIPE_SIGNATURE_HEADER = 'Stripe-Signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>`, exactly as Stripe signs a delivery. */
export function signStripePayload(secret: string, payload: string, timestampSeconds: number): string {
  const t = Math.floor(timestampSeconds);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex')}`;
}
