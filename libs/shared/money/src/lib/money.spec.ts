import fc from 'fast-check';
import { type CurrencyCode, currencyExponent, parseCurrencyCode } from './currency';
import { fromDecimalString, money, multiplyMoney, sumMoney, toDecimalString } from './money';

const USD = 'USD' as CurrencyCode;
const JPY = 'JPY' as CurrencyCode;
const KWD = 'KWD' as CurrencyCode;
const EUR = 'EUR' as CurrencyCode;

describe('currency', () => {
  it('knows minor-unit exponents that differ from two', () => {
    expect(currencyExponent(JPY)).toBe(0);
    expect(currencyExponent(USD)).toBe(2);
    expect(currencyExponent(KWD)).toBe(3);
  });

  it('parses codes case-insensitively and refuses anything else', () => {
    expect(parseCurrencyCode(' usd ')).toBe('USD');
    expect(parseCurrencyCode('US')).toBeNull();
    expect(parseCurrencyCode('US1')).toBeNull();
  });
});

describe('money', () => {
  it('refuses fractions of a minor unit', () => {
    expect(money(10.5, USD)).toEqual({ ok: false, error: { type: 'NotAnInteger', amount: 10.5 } });
    expect(money(Number.MAX_SAFE_INTEGER + 1, USD).ok).toBe(false);
  });

  it('refuses to add different currencies', () => {
    const result = sumMoney(USD, [{ amount: 100, currency: USD }, { amount: 100, currency: EUR }]);
    expect(result).toEqual({ ok: false, error: { type: 'CurrencyMismatch', expected: USD, actual: EUR } });
  });

  it('multiplies a price by a whole quantity only', () => {
    expect(multiplyMoney({ amount: 1999, currency: USD }, 3)).toEqual({ ok: true, value: { amount: 5997, currency: USD } });
    expect(multiplyMoney({ amount: 1999, currency: USD }, 1.5).ok).toBe(false);
  });

  it('formats major units exactly for each exponent', () => {
    expect(toDecimalString({ amount: 1999, currency: USD })).toBe('19.99');
    expect(toDecimalString({ amount: 5, currency: USD })).toBe('0.05');
    expect(toDecimalString({ amount: -5, currency: USD })).toBe('-0.05');
    expect(toDecimalString({ amount: 500, currency: JPY })).toBe('500');
    expect(toDecimalString({ amount: 1250, currency: KWD })).toBe('1.250');
  });

  it('parses major units and refuses more decimals than the currency has', () => {
    expect(fromDecimalString('19.99', USD)).toEqual({ amount: 1999, currency: USD });
    expect(fromDecimalString('19.9', USD)).toEqual({ amount: 1990, currency: USD });
    expect(fromDecimalString('19.999', USD)).toBeNull();
    expect(fromDecimalString('1.5', JPY)).toBeNull();
    expect(fromDecimalString('abc', USD)).toBeNull();
  });

  it('round-trips every amount through its decimal string', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(USD, JPY, KWD), (amount, currency) => {
        expect(fromDecimalString(toDecimalString({ amount, currency }), currency)).toEqual({ amount, currency });
      }),
    );
  });

  it('sums to the same total whatever the order of the parts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 50 }), (amounts) => {
        const parts = amounts.map((amount) => ({ amount, currency: USD }));
        expect(sumMoney(USD, [...parts].reverse())).toEqual(sumMoney(USD, parts));
      }),
    );
  });
});
