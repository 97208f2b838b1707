import { createHmac } from 'node:crypto';
import { signPayload, verifySignature } from './signature';

const body = '{"id":"evt_1","type":"payment_intent.succeeded"}';

describe('signPayload', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 in hex', () => {
    const expected = createHmac('sha256', 'whsec').update(`1700000000.${body}`).digest('hex');
    expect(signPayload('whsec', body, 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });
});

describe('verifySignature', () => {
  const header = signPayload('whsec', body, 1_700_000_000);

  it('accepts a signature made with the secret over the exact body', () => {
    expect(verifySignature('whsec', body, header, { nowSeconds: 1_700_000_060 })).toEqual({ ok: true, timestampSeconds: 1_700_000_000 });
  });

  it('refuses another secret, a changed body, a garbled header and an old timestamp', () => {
    const at = { nowSeconds: 1_700_000_000 };
    expect(verifySignature('other', body, header, at)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature('whsec', body.replace('succeeded', 'canceled'), header, at)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature('whsec', body, 'v1=abc', at)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignature('whsec', body, undefined, at)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignature('whsec', body, header, { nowSeconds: 1_700_000_301 })).toEqual({ ok: false, reason: 'expired' });
  });
});
