import { currencyFractionDigits } from '@emporium/ui';

/**
 * Prices are typed in major units ("19.99") and travel as integer minor units (1999). Converted on the digits, never
 * by multiplying a float, so "0.29" is 29 cents and not 28.999….
 */
export type AmountParse = { readonly ok: true; readonly amount: number } | { readonly ok: false; readonly message: string };

const MAX_AMOUNT = 1_000_000_000_00;

export function parseAmount(text: string, currency: string): AmountParse {
  const digits = currencyFractionDigits(currency);
  const cleaned = text.trim().replace(/[\s,]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, message: digits === 0 ? 'Enter a whole amount, like 1500' : `Enter an amount like ${(12.5).toFixed(digits)}` };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return { ok: false, message: digits === 0 ? `${currency} has no decimals` : `${currency} has ${digits} decimal places at most` };
  }
  const amount = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(amount) || amount > MAX_AMOUNT) return { ok: false, message: 'That amount is too large' };
  return { ok: true, amount };
}

/** The text an amount field starts with: 1999 USD → "19.99", 500 JPY → "500". */
export function amountInputValue(amount: number, currency: string): string {
  const digits = currencyFractionDigits(currency);
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An optional amount (compare-at): blank is null. */
export function parseOptionalAmount(text: string, currency: string): AmountParse | { readonly ok: true; readonly amount: null } {
  return text.trim() === '' ? { ok: true, amount: null } : parseAmount(text, currency);
}
