import { currencyFractionDigits, formatMoney, minorUnitsToDecimal } from './format-money';

// Intl separates the currency code from the number with a no-break space; compare on plain spaces.
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('currencyFractionDigits', () => {
  it('takes each currency’s own number of decimals from Intl', () => {
    expect(currencyFractionDigits('USD')).toBe(2);
    expect(currencyFractionDigits('EUR')).toBe(2);
    expect(currencyFractionDigits('JPY')).toBe(0);
    expect(currencyFractionDigits('KWD')).toBe(3);
  });
});

describe('minorUnitsToDecimal', () => {
  it('places the decimal point by digits, padding small amounts', () => {
    expect(minorUnitsToDecimal(1999, 2)).toBe('19.99');
    expect(minorUnitsToDecimal(5, 2)).toBe('0.05');
    expect(minorUnitsToDecimal(-5, 2)).toBe('-0.05');
    expect(minorUnitsToDecimal(500, 0)).toBe('500');
    expect(minorUnitsToDecimal(1250, 3)).toBe('1.250');
  });

  it('stays exact where dividing a float would not', () => {
    expect(minorUnitsToDecimal(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
  });
});

describe('formatMoney', () => {
  it('formats US dollars in cents', () => {
    expect(formatMoney(1999, 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0.00');
    expect(formatMoney(123456789, 'USD', 'en-US')).toBe('$1,234,567.89');
  });

  it('formats yen, which have no minor unit, without dividing', () => {
    expect(formatMoney(500, 'JPY', 'en-US')).toBe('¥500');
    expect(formatMoney(500, 'JPY', 'ja-JP')).toBe('￥500');
  });

  it('formats Kuwaiti dinar with three decimals', () => {
    expect(plain(formatMoney(1250, 'KWD', 'en-US'))).toBe('KWD 1.250');
  });

  it('formats euros in the conventions of the locale', () => {
    expect(formatMoney(4250, 'EUR', 'en-IE')).toBe('€42.50');
    expect(plain(formatMoney(4250, 'EUR', 'de-DE'))).toBe('42,50 €');
  });

  it('formats negative amounts such as refunds', () => {
    expect(formatMoney(-1999, 'USD', 'en-US')).toBe('-$19.99');
    expect(formatMoney(-500, 'JPY', 'en-US')).toBe('-¥500');
    expect(plain(formatMoney(-1, 'KWD', 'en-US'))).toBe('-KWD 0.001');
  });

  it('defaults to US English', () => {
    expect(formatMoney(1999, 'USD')).toBe('$19.99');
  });

  it('refuses fractions of a minor unit and malformed currency codes', () => {
    expect(() => formatMoney(19.99, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(100, 'US')).toThrow(RangeError);
  });
});
