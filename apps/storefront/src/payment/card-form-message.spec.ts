import { describe, expect, it } from 'vitest';
import { cardFormOrigin, cardFormSource, readCardFormMessage } from './card-form-message';

// An address that would run script if followed (built so the linter does not take it for one in this file).
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

const GATEWAY = 'http://127.0.0.1:4020';
const token = { type: 'test-gateway:token', token: 'tok_abc123', card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 } };

describe('cardFormOrigin', () => {
  it('is the origin of the card form’s address', () => {
    expect(cardFormOrigin('http://127.0.0.1:4020/hosted/card-form')).toBe(GATEWAY);
    expect(cardFormOrigin('https://pay.example/hosted/card-form?x=1')).toBe('https://pay.example');
  });

  it('is null for an address that is not http(s)', () => {
    expect(cardFormOrigin(SCRIPT_URL)).toBeNull();
    expect(cardFormOrigin('not a url')).toBeNull();
  });
});

describe('cardFormSource', () => {
  it('tells the form the publishable key and the origin it may answer to', () => {
    const source = new URL(cardFormSource(`${GATEWAY}/hosted/card-form`, 'pk_test_1', 'http://shop.example:3000'));
    expect(source.origin + source.pathname).toBe(`${GATEWAY}/hosted/card-form`);
    expect(source.searchParams.get('publishableKey')).toBe('pk_test_1');
    expect(source.searchParams.get('origin')).toBe('http://shop.example:3000');
  });
});

describe('readCardFormMessage', () => {
  it('reads a token from the card form, keeping only the brand and last digits of the card', () => {
    expect(readCardFormMessage({ origin: GATEWAY, data: token }, GATEWAY)).toEqual({ type: 'token', token: 'tok_abc123', card: { brand: 'visa', last4: '4242' } });
  });

  it('reads the form’s error', () => {
    expect(readCardFormMessage({ origin: GATEWAY, data: { type: 'test-gateway:error', message: 'Your card number is invalid.' } }, GATEWAY)).toEqual({
      type: 'error',
      message: 'Your card number is invalid.',
    });
  });

  it('refuses a message from any other origin, however it looks', () => {
    expect(readCardFormMessage({ origin: 'http://127.0.0.1:4021', data: token }, GATEWAY)).toBeNull();
    expect(readCardFormMessage({ origin: 'https://127.0.0.1:4020', data: token }, GATEWAY)).toBeNull();
    expect(readCardFormMessage({ origin: 'null', data: token }, GATEWAY)).toBeNull();
    expect(readCardFormMessage({ origin: GATEWAY, data: token }, null)).toBeNull();
  });

  it('ignores messages of other shapes from the right origin', () => {
    expect(readCardFormMessage({ origin: GATEWAY, data: 'tok_abc123' }, GATEWAY)).toBeNull();
    expect(readCardFormMessage({ origin: GATEWAY, data: null }, GATEWAY)).toBeNull();
    expect(readCardFormMessage({ origin: GATEWAY, data: { type: 'test-gateway:token' } }, GATEWAY)).toBeNull();
    expect(readCardFormMessage({ origin: GATEWAY, data: { ...token, token: 'tok with spaces' } }, GATEWAY)).toBeNull();
    expect(readCardFormMessage({ origin: GATEWAY, data: { type: 'something-else', token: 'tok_1' } }, GATEWAY)).toBeNull();
  });

  it('keeps a token whose card summary is missing or odd, without the card', () => {
    expect(readCardFormMessage({ origin: GATEWAY, data: { ...token, card: { brand: 'visa', last4: '4242424242424242' } } }, GATEWAY)).toEqual({
      type: 'token',
      token: 'tok_abc123',
      card: null,
    });
  });
});
