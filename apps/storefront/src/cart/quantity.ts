export type QuantityResult = { readonly ok: true; readonly quantity: number } | { readonly ok: false; readonly message: string };

/**
 * The quantity typed into a box: a whole number from `min` to `max`. Spaces around it are forgiven; "2.5", "-1",
 * "1e2" and an empty box are refused with the range the shopper may use.
 */
export function parseQuantity(text: string, min: number, max: number): QuantityResult {
  const trimmed = text.trim();
  const value = /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return { ok: true, quantity: value };
  return { ok: false, message: min === max ? `Enter ${min}` : `Enter a whole number from ${min} to ${max}` };
}
