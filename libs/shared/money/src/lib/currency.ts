/** An ISO 4217 alphabetic currency code, upper case (e.g. `USD`). */
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' };

/**
 * Minor-unit exponents that differ from the usual 2 (ISO 4217). A currency not listed has 2 decimals.
 * JPY has no minor unit, so 500 JPY is stored as 500; KWD has three, so 1.250 KWD is stored as 1250.
 */
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

const CODE_PATTERN = /^[A-Z]{3}$/;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return CODE_PATTERN.test(value);
}

/** Parses a code, accepting lower case input; returns null for anything that is not three letters. */
export function parseCurrencyCode(value: string): CurrencyCode | null {
  const upper = value.trim().toUpperCase();
  return isCurrencyCode(upper) ? upper : null;
}

/** Number of decimal places of the currency's minor unit. */
export function currencyExponent(currency: CurrencyCode): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}
