import { createHmac } from 'node:crypto';
import { diagnoseTimestampedHmac, signTimestampedHmac, verifyTimestampedHmac } from './timestamped-hmac';

const body = '{"id":"evt_1","type":"payment_intent.succeeded"}';
const t = 1_700_000_000;
const header = signTimestampedHmac('whsec', body, t);
const at = (seconds: number) => new Date(seconds * 1000);

describe('signTimestampedHmac', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 in hex, at whole seconds', () => {
    const expected = createHmac('sha256', 'whsec').update(`${t}.${body}`).digest('hex');
    expect(signTimestampedHmac('whsec', body, t + 0.9)).toBe(`t=${t},v1=${expected}`);
  });
});

describe('verifyTimestampedHmac', () => {
  const check = (overrides: Partial<Parameters<typeof verifyTimestampedHmac>[0]>) =>
    verifyTimestampedHmac({ header, rawBody: body, secrets: ['whsec'], now: at(t + 60), toleranceSeconds: 300, ...overrides });

  it('accepts a signature made with any of the secrets over the exact body', () => {
    expect(check({})).toEqual({ ok: true });
    expect(check({ secrets: ['whsec_new', 'whsec'] })).toEqual({ ok: true });
  });

  it('refuses another secret, a changed body and a header without t or v1 as bad_signature', () => {
    expect(check({ secrets: ['other'] })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check({ rawBody: body.replace('succeeded', 'canceled') })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check({ header: 'v1=abc' })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check({ header: null })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a genuine signature further than the tolerance from now, either way', () => {
    expect(check({ now: at(t + 301) })).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(check({ now: at(t - 301) })).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(check({ now: at(t + 300) })).toEqual({ ok: true });
  });

  it('judges the signature before the time, so a forged old header is bad_signature', () => {
    expect(check({ secrets: ['other'], now: at(t + 3600) })).toEqual({ ok: false, reason: 'bad_signature' });
  });
});

describe('diagnoseTimestampedHmac', () => {
  it('accepts a signature made with the secret over the exact body, with its timestamp', () => {
    expect(diagnoseTimestampedHmac('whsec', body, header, { nowSeconds: t + 60 })).toEqual({ ok: true, timestampSeconds: t });
  });

  it('tells another secret, a changed body, a garbled header and an old timestamp apart', () => {
    const now = { nowSeconds: t };
    expect(diagnoseTimestampedHmac('other', body, header, now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(diagnoseTimestampedHmac('whsec', body.replace('succeeded', 'canceled'), header, now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(diagnoseTimestampedHmac('whsec', body, 'v1=abc', now)).toEqual({ ok: false, reason: 'malformed' });
    expect(diagnoseTimestampedHmac('whsec', body, undefined, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(diagnoseTimestampedHmac('whsec', body, header, { nowSeconds: t + 301 })).toEqual({ ok: false, reason: 'expired' });
  });
});
