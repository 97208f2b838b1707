import { describe, expect, it } from 'vitest';
import { checkActionAmount, linkInput } from './payment-inputs';

describe('checkActionAmount', () => {
  it('reads the typed amount in the payment’s decimals', () => {
    expect(checkActionAmount('20', 'USD')).toEqual({ ok: true, amount: 2000 });
    expect(checkActionAmount(' 0.29 ', 'USD')).toEqual({ ok: true, amount: 29 });
    expect(checkActionAmount('1500', 'JPY')).toEqual({ ok: true, amount: 1500 });
  });

  it('refuses nothing and what is not an amount, and leaves what is left to the server', () => {
    expect(checkActionAmount('0', 'USD')).toEqual({ ok: false, message: 'Enter an amount above zero' });
    expect(checkActionAmount('1.5', 'JPY')).toEqual({ ok: false, message: 'JPY has no decimals' });
    expect(checkActionAmount('ten', 'USD').ok).toBe(false);
    expect(checkActionAmount('1000000', 'USD')).toEqual({ ok: true, amount: 100000000 });
  });
});

describe('linkInput', () => {
  it('sends minor units, the currency and the trimmed reference', () => {
    expect(linkInput({ amount: '49.90', currency: 'EUR', reference: '  PHONE-7 ' })).toEqual({ ok: true, input: { amount: 4990, currency: 'EUR', reference: 'PHONE-7' } });
    expect(linkInput({ amount: '4990', currency: 'JPY', reference: 'DEP-1' })).toEqual({ ok: true, input: { amount: 4990, currency: 'JPY', reference: 'DEP-1' } });
  });

  it('names every field that is wrong', () => {
    expect(linkInput({ amount: '', currency: 'USD', reference: ' ' })).toEqual({
      ok: false,
      problems: { amount: 'Enter an amount like 12.50', reference: 'Enter a reference, like the order or invoice number' },
    });
    expect(linkInput({ amount: '0', currency: 'GBP', reference: 'X' })).toEqual({ ok: false, problems: { amount: 'Enter an amount above zero' } });
  });
});
