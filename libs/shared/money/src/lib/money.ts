import { type CurrencyCode, currencyExponent } from './currency';

/** An amount of money: an integer count of the currency's minor units (cents for USD, yen for JPY). Never a float. */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

export type MoneyError =
  | { readonly type: 'NotAnInteger'; readonly amount: number }
  | { readonly type: 'CurrencyMismatch'; readonly expected: CurrencyCode; readonly actual: CurrencyCode };

export type MoneyResult = { readonly ok: true; readonly value: Money } | { readonly ok: false; readonly error: MoneyError };

/** Builds a Money, refusing fractions of a minor unit and amounts beyond the safe integer range. */
export function money(amount: number, currency: CurrencyCode): MoneyResult {
  if (!Number.isSafeInteger(amount)) return { ok: false, error: { type: 'NotAnInteger', amount } };
  return { ok: true, value: { amount, currency } };
}

export function zero(currency: CurrencyCode): Money {
  return { amount: 0, currency };
}

/** Adds amounts of one currency; mixing currencies is an error, never a silent conversion. */
export function sumMoney(currency: CurrencyCode, parts: readonly Money[]): MoneyResult {
  let amount = 0;
  for (const part of parts) {
    if (part.currency !== currency) {
      return { ok: false, error: { type: 'CurrencyMismatch', expected: currency, actual: part.currency } };
    }
    amount += part.amount;
  }
  return money(amount, currency);
}

/** Price × quantity for a line; the quantity must be a whole number. */
export function multiplyMoney(price: Money, quantity: number): MoneyResult {
  if (!Number.isSafeInteger(quantity)) return { ok: false, error: { type: 'NotAnInteger', amount: quantity } };
  return money(price.amount * quantity, price.currency);
}

/**
 * The amount as a decimal string in major units, exact (no floating point): 1999 USD → "19.99",
 * 500 JPY → "500", 1250 KWD → "1.250". Useful for gateways and exports that want major units.
 */
export function toDecimalString(value: Money): string {
  const exponent = currencyExponent(value.currency);
  const negative = value.amount < 0;
  const digits = Math.abs(value.amount).toString().padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Parses a decimal string in major units into minor units; refuses more decimals than the currency has. */
export function fromDecimalString(input: string, currency: CurrencyCode): Money | null {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(input.trim());
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent) return null;
  const amount = Number(`${whole}${fraction.padEnd(exponent, '0')}`) * (sign ? -1 : 1);
  return Number.isSafeInteger(amount) ? { amount, currency } : null;
}
