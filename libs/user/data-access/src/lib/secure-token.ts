import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Lower-case letters and digits without look-alikes (l, o, 0, 1): 32 symbols, 5 bits each, safe in cookies and URLs.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A string of `length` symbols from the CSPRNG: 5 bits of entropy per symbol (24 symbols = 120 bits). */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let token = '';
  for (const byte of bytes) token += ALPHABET[byte >> 3];
  return token;
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares two digests in time independent of where they differ. */
export function digestsEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
