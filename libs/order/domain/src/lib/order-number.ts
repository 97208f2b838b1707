import type { OrderError } from './order-error';
import type { Result } from './result';

/**
 * Damm's quasigroup: one check digit that catches every single-digit mistake and every swap of two neighbouring
 * digits (Luhn misses 09 ↔ 90) — the two mistakes people make reading an order number over the phone.
 */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The Damm check digit of a string of decimal digits. */
export function checkDigit(digits: string): number {
  let interim = 0;
  for (const char of digits) interim = DAMM[interim]?.[Number(char)] ?? 0;
  return interim;
}

/**
 * The number a customer quotes: the sequence value, a dash, its check digit (sequence 1042 → `1042-9`).
 * The sequence comes from the store; a value that is not a whole number ≥ 1 is a broken contract and throws.
 */
export function formatOrderNumber(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`An order sequence must be a whole number ≥ 1, got ${sequence}`);
  const digits = String(sequence);
  return `${digits}-${checkDigit(digits)}`;
}

/**
 * The sequence value of an order number as a person typed it: surrounding spaces, a leading `#` and a space
 * instead of the dash are forgiven; a wrong check digit is refused, so a typo never finds another customer's order.
 */
export function parseOrderNumber(input: string): Result<number, OrderError> {
  const match = /^#?\s*([1-9]\d{0,15})[\s-]?(\d)$/.exec(input.trim());
  if (!match) return { ok: false, error: { type: 'InvalidOrderNumber', input, reason: 'format' } };
  const [, digits = '', check = ''] = match;
  const sequence = Number(digits);
  if (!Number.isSafeInteger(sequence)) return { ok: false, error: { type: 'InvalidOrderNumber', input, reason: 'format' } };
  if (checkDigit(digits) !== Number(check)) return { ok: false, error: { type: 'InvalidOrderNumber', input, reason: 'check_digit' } };
  return { ok: true, value: sequence };
}
