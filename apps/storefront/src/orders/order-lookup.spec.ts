import { checkOrderLookupForm, ORDER_LOOKUP_NOT_FOUND, orderLookupProblem, orderLookupQuery } from './order-lookup';

const trpcError = (code: string, details?: Record<string, unknown>) => Object.assign(new Error('failed'), { data: { code, httpStatus: 400, ...(details ? { details } : {}) } });

describe('checkOrderLookupForm', () => {
  it('accepts the number with or without the dash and any case or spacing of the e-mail', () => {
    expect(checkOrderLookupForm({ number: '1042-9', email: 'ada@example.com' })).toEqual({});
    expect(checkOrderLookupForm({ number: ' 10429 ', email: '  ADA@Example.COM ' })).toEqual({});
    expect(checkOrderLookupForm({ number: '#1042-9', email: 'ada@example.com' })).toEqual({});
  });

  it('asks for what is missing or clearly not a number or an address', () => {
    expect(checkOrderLookupForm({ number: ' ', email: '' })).toEqual({ number: expect.stringMatching(/order number/), email: expect.stringMatching(/e-mail address/) });
    expect(checkOrderLookupForm({ number: 'abc', email: 'ada' })).toEqual({ number: expect.stringMatching(/like 1042-9/), email: expect.stringMatching(/like name@example.com/) });
  });
});

describe('orderLookupQuery', () => {
  it('trims both and puts the e-mail in lower case', () => {
    expect(orderLookupQuery({ number: ' 1042-9 ', email: ' Ada@Example.com ' })).toEqual({ number: '1042-9', email: 'ada@example.com' });
  });
});

describe('orderLookupProblem', () => {
  it('says the same thing whichever part was wrong', () => {
    expect(orderLookupProblem(trpcError('NOT_FOUND'))).toBe(ORDER_LOOKUP_NOT_FOUND);
  });

  it('tells a guest who tried too often how long to wait', () => {
    expect(orderLookupProblem(trpcError('TOO_MANY_REQUESTS', { retryAfterSeconds: 600 }))).toBe('Too many lookups found no order. Try again in 10 minutes.');
    expect(orderLookupProblem(trpcError('TOO_MANY_REQUESTS'))).toMatch(/wait a while/);
  });

  it('falls back to the general messages for anything else', () => {
    expect(orderLookupProblem(new TypeError('Failed to fetch'))).toMatch(/connection/);
  });
});
