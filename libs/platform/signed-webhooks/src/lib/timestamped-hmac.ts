import { createHmac, timingSafeEqual } from 'node:crypto';

/** Deliveries older (or further in the future) than this are refused as replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` for `body` (the exact bytes sent) signed at `timestampSeconds`. */
export function signTimestampedHmac(secret: string, body: string, timestampSeconds: number): string {
  const t = Math.floor(timestampSeconds);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** The parts of a signature header, or null when it has no usable `t` or no well-formed `v1`. */
export function parseTimestampedHmac(header: string | null | undefined): { timestamp: string; signatures: Buffer[] } | null {
  if (!header) return null;
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2).map((piece) => piece.trim());
    if (key === 't') timestamp = value;
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) return null;
  return { timestamp, signatures };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'bad_signature' | 'stale_timestamp' };

/**
 * Checks a `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` header (the scheme of Stripe, the test
 * gateway and the sandbox carrier): some `v1` must match one of the secrets (several during a rotation), compared in
 * constant time; then `t` must be within `toleranceSeconds` of `now` either way, so a captured delivery cannot be
 * replayed later. The signature is checked first: a forged header says nothing about time.
 */
export function verifyTimestampedHmac(input: {
  header: string | null;
  rawBody: string;
  secrets: readonly string[];
  now: Date;
  toleranceSeconds: number;
}): SignatureCheck {
  const parsed = parseTimestampedHmac(input.header);
  if (!parsed) return { ok: false, reason: 'bad_signature' };
  const signed = `${parsed.timestamp}.${input.rawBody}`;
  const matches = input.secrets.some((secret) => {
    const expected = createHmac('sha256', secret).update(signed).digest();
    return parsed.signatures.some((given) => timingSafeEqual(expected, given));
  });
  if (!matches) return { ok: false, reason: 'bad_signature' };
  const age = input.now.getTime() / 1000 - Number(parsed.timestamp);
  if (Math.abs(age) > input.toleranceSeconds) return { ok: false, reason: 'stale_timestamp' };
  return { ok: true };
}

export type SignatureDiagnosis =
  | { ok: true; timestampSeconds: number }
  | { ok: false; reason: 'malformed' | 'mismatch' | 'expired' };

/**
 * The same check with one secret and a reason a person debugging a receiver can act on (`malformed`, `mismatch`,
 * `expired`) — what the stand-ins export for the shop's tests; adapters use `verifyTimestampedHmac`.
 */
export function diagnoseTimestampedHmac(
  secret: string,
  body: string,
  header: string | null | undefined,
  options: { nowSeconds?: number; toleranceSeconds?: number } = {},
): SignatureDiagnosis {
  const parsed = parseTimestampedHmac(header);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const check = verifyTimestampedHmac({
    header: header ?? null,
    rawBody: body,
    secrets: [secret],
    now: new Date((options.nowSeconds ?? Date.now() / 1000) * 1000),
    toleranceSeconds: options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS,
  });
  if (!check.ok) return { ok: false, reason: check.reason === 'stale_timestamp' ? 'expired' : 'mismatch' };
  return { ok: true, timestampSeconds: Number(parsed.timestamp) };
}
