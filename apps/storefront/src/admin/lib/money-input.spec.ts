import { amountInputValue, parseAmount, parseOptionalAmount } from './money-input';

describe('parseAmount', () => {
  it('reads major units into exact minor units', () => {
    expect(parseAmount('19.99', 'USD')).toEqual({ ok: true, amount: 1999 });
    expect(parseAmount('0.29', 'USD')).toEqual({ ok: true, amount: 29 });
    expect(parseAmount('12', 'USD')).toEqual({ ok: true, amount: 1200 });
    expect(parseAmount('12.5', 'EUR')).toEqual({ ok: true, amount: 1250 });
    expect(parseAmount(' 1,234.50 ', 'USD')).toEqual({ ok: true, amount: 123450 });
  });

  it('follows the currency’s decimals', () => {
    expect(parseAmount('1500', 'JPY')).toEqual({ ok: true, amount: 1500 });
    expect(parseAmount('15.5', 'JPY')).toMatchObject({ ok: false, message: 'JPY has no decimals' });
    expect(parseAmount('1.999', 'USD')).toMatchObject({ ok: false, message: 'USD has 2 decimal places at most' });
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '1.2.3', '$4']) expect(parseAmount(text, 'USD').ok).toBe(false);
  });
});

describe('amountInputValue', () => {
  it('writes minor units back as the field text', () => {
    expect(amountInputValue(1999, 'USD')).toBe('19.99');
    expect(amountInputValue(5, 'USD')).toBe('0.05');
    expect(amountInputValue(500, 'JPY')).toBe('500');
  });

  it('round-trips with parseAmount', () => {
    for (const amount of [0, 1, 99, 100, 123456]) expect(parseAmount(amountInputValue(amount, 'USD'), 'USD')).toEqual({ ok: true, amount });
  });
});

describe('parseOptionalAmount', () => {
  it('treats a blank compare-at price as none', () => {
    expect(parseOptionalAmount('  ', 'USD')).toEqual({ ok: true, amount: null });
    expect(parseOptionalAmount('25', 'USD')).toEqual({ ok: true, amount: 2500 });
  });
});
