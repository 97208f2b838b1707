import { containsCardData, looksLikeCardNumber, passesLuhn, REDACTED, redactCardData } from './card-data';

describe('passesLuhn', () => {
  it('accepts test card numbers and refuses a changed digit', () => {
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('378282246310005')).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('looksLikeCardNumber', () => {
  it.each(['4242424242424242', '4000 0000 0000 0002', '5555-5555-5555-4444', '378282246310005', '6011111111111117', 'card: 4242 4242 4242 4242, thanks'])(
    'flags %s',
    (text) => {
      expect(looksLikeCardNumber(text)).toBe(true);
    },
  );

  it.each([
    'ORD-2026-000123',
    '4242424242424241',
    '2026-11-26',
    '+44 20 7946 0958',
    '123456789012',
    '202611260000000000000012',
    'order 1234567890123 placed',
    '550e8400-e29b-41d4-a716-446655440000',
  ])('does not flag %s', (text) => {
    expect(looksLikeCardNumber(text)).toBe(false);
  });

  it('finds a card number written beside another number', () => {
    expect(looksLikeCardNumber('ref 12345 4242 4242 4242 4242')).toBe(true);
  });
});

describe('containsCardData', () => {
  it('lists the paths of card numbers in strings and numbers at any depth', () => {
    const body = { order: 'ORD-2026-000123', note: 'pay with 4000 0000 0000 0002', lines: [{ sku: 'MUG-01' }, { ref: 4242424242424242 }] };
    expect(containsCardData(body)).toEqual({ found: true, paths: ['$.note', '$.lines[1].ref'] });
  });

  it('flags security codes and track data by key, whatever their value looks like', () => {
    expect(containsCardData({ cvc: '123', payment: { CVV2: 456, track_data: 'B4242^', Track1: 'x', 'card-number': '1' } }).paths).toEqual([
      '$.cvc',
      '$.payment.CVV2',
      '$.payment.track_data',
      '$.payment.Track1',
      '$.payment["card-number"]',
    ]);
  });

  it('flags `number` only under a card object', () => {
    expect(containsCardData({ card: { number: '4111', exp_month: 12 }, address: { number: '221B' } }).paths).toEqual(['$.card.number']);
    expect(containsCardData({ payment_method: { card: [{ number: '4111' }] } }).paths).toEqual(['$.payment_method.card[0].number']);
  });

  it('does not flag what a gateway may return about a card, nor empty sensitive fields', () => {
    const safe = { card: { brand: 'visa', last4: '4242', exp_year: 2030, number: null }, cvc: '', order: 20261126000123, total: 1999 };
    expect(containsCardData(safe)).toEqual({ found: false, paths: [] });
  });

  it('walks a value with a cycle without looping', () => {
    const node: Record<string, unknown> = { pan: '4242424242424242' };
    node['self'] = node;
    expect(containsCardData(node).paths).toEqual(['$.pan']);
  });

  it('accepts primitives at the top', () => {
    expect(containsCardData('5555-5555-5555-4444')).toEqual({ found: true, paths: ['$'] });
    expect(containsCardData(null)).toEqual({ found: false, paths: [] });
  });
});

describe('redactCardData', () => {
  it('replaces each finding with [REDACTED] in a copy and leaves the input as it was', () => {
    const body = { card: { number: '4242424242424242', cvc: '123', last4: '4242' }, note: 'ok', ids: ['5555 5555 5555 4444', 'ORD-1'] };
    const copy = structuredClone(body);
    expect(redactCardData(body)).toEqual({ card: { number: REDACTED, cvc: REDACTED, last4: '4242' }, note: 'ok', ids: [REDACTED, 'ORD-1'] });
    expect(body).toEqual(copy);
  });

  it('leaves objects it does not walk, such as dates, as they are', () => {
    const when = new Date(0);
    expect(redactCardData({ when }).when).toBe(when);
  });
});
