import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = { ok: true } | { ok: false; reason: 'bad_signature' | 'stale_timestamp' };

/**
 * Checks a `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` header (the scheme of Stripe and of the
 * test gateway): some `v1` must match one of the secrets (several during a rotation), compared in constant time; then
 * `t` must be within `toleranceSeconds` of `now` either way, so a captured delivery cannot be replayed later. The
 * signature is checked first: a forged header says nothing about time.
 */
export function verifyTimestampedHmac(input: {
  header: string | null;
  rawBody: string;
  secrets: readonly string[];
  now: Date;
  toleranceSeconds: number;
}): SignatureCheck {
  if (!input.header) return { ok: false, reason: 'bad_signature' };
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of input.header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2).map((piece) => piece.trim());
    if (key === 't') timestamp = value;
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) return { ok: false, reason: 'bad_signature' };
  const signed = `${timestamp}.${input.rawBody}`;
  const matches = input.secrets.some((secret) => {
    const expected = createHmac('sha256', secret).update(signed).digest();
    return signatures.some((given) => timingSafeEqual(expected, given));
  });
  if (!matches) return { ok: false, reason: 'bad_signature' };
  const age = input.now.getTime() / 1000 - Number(timestamp);
  if (Math.abs(age) > input.toleranceSeconds) return { ok: false, reason: 'stale_timestamp' };
  return { ok: true };
}

/** Webhooks older (or further in the future) than this are refused as replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** `"a, b"` or `["a", "b"]` → `["a", "b"]`: several secrets while one is being rotated out. */
export function secretList(value: string | readonly string[]): string[] {
  const list = typeof value === 'string' ? value.split(',') : [...value];
  return list.map((secret) => secret.trim()).filter((secret) => secret.length > 0);
}
