import { createHash, randomBytes } from 'node:crypto';

/** A guest cart's bearer token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newCartToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the cart table keeps of a token. A leaked table row cannot be turned back into a cookie. */
export function hashCartToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Tokens we issued look like this; anything else in the cookie is ignored without a lookup. */
export function isWellFormedCartToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
