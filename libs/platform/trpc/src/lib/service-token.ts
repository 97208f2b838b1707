import { createHash, timingSafeEqual } from 'node:crypto';

/** The header one Emporium process presents to another to be trusted as a service (see SERVICE_TOKEN). */
export const SERVICE_TOKEN_HEADER = 'x-emporium-service-token';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time (hashing first makes the lengths equal), so the token cannot be guessed byte by byte. */
export function isServiceToken(presented: string | null | undefined, expected: string | undefined): boolean {
  if (!presented || !expected) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}
