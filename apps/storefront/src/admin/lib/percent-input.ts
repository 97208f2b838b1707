/**
 * Percentages are typed as staff say them ("12.5", "7.25 %") and travel as whole basis points (1250, 725), the unit
 * the API stores. Converted on the digits, never by multiplying a float, so "7.25" is exactly 725 and a third decimal
 * is refused rather than rounded away.
 */
export type PercentParse = { readonly ok: true; readonly basisPoints: number } | { readonly ok: false; readonly message: string };

const MAX_BASIS_POINTS = 10_000;

export function parsePercent(text: string): PercentParse {
  // A trailing "%" and a decimal comma ("7,25") are how people write a rate; a percentage has no thousands to separate.
  const cleaned = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (cleaned === '') return { ok: false, message: 'Enter a percentage, like 12.5' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) return { ok: false, message: 'Enter a percentage, like 12.5' };
  if (fraction.length > 2) return { ok: false, message: 'Use at most 2 decimal places, like 7.25' };
  if (whole.replace(/^0+/, '').length > 3) return { ok: false, message: 'Enter at most 100 %' };
  const basisPoints = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (basisPoints > MAX_BASIS_POINTS) return { ok: false, message: 'Enter at most 100 %' };
  return { ok: true, basisPoints };
}

/** The text a percent field starts with: 1250 → "12.5", 725 → "7.25", 1900 → "19", 5 → "0.05". */
export function percentInputValue(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(Math.abs(basisPoints % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

/** A rate for reading: 1900 → "19 %", 725 → "7.25 %". */
export function percentLabel(basisPoints: number): string {
  return `${percentInputValue(basisPoints)} %`;
}
