const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and currency: building an Intl.NumberFormat is costly, formatting is cheap. */
function currencyFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How many decimals the currency's minor unit has, as Intl knows it: USD 2, JPY 0, KWD 3. */
export function currencyFractionDigits(currency: string, locale = 'en-US'): number {
  return currencyFormatter(locale, currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Writes an integer count of minor units as an exact decimal string in major units (1999, 2 → "19.99").
 * Done on digits rather than by dividing, so no amount is ever rounded by floating point.
 */
export function minorUnitsToDecimal(amount: number, fractionDigits: number): `${number}` {
  const digits = Math.abs(amount).toString().padStart(fractionDigits + 1, '0');
  const whole = fractionDigits === 0 ? digits : digits.slice(0, -fractionDigits);
  const fraction = fractionDigits === 0 ? '' : `.${digits.slice(-fractionDigits)}`;
  return `${amount < 0 ? '-' : ''}${whole}${fraction}` as `${number}`;
}

/**
 * Formats an amount held in the currency's minor units for display: (1999, 'USD', 'en-US') → "$19.99",
 * (500, 'JPY', 'en-US') → "¥500", (1250, 'KWD', 'en-US') → "KWD 1.250".
 * Throws a RangeError for a fractional amount or a malformed currency code: both are programming errors.
 */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`formatMoney expects an integer number of minor units, got ${amount}`);
  }
  const formatter = currencyFormatter(locale, currency);
  const fractionDigits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minorUnitsToDecimal(amount, fractionDigits));
}
