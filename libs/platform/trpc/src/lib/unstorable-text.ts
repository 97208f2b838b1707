import type { FieldError } from './errors';

/**
 * PostgreSQL text cannot hold NUL (U+0000): an input carrying one would fail deep inside a query as a 500. Every
 * procedure's raw input is checked up front instead, and the caller is told which field it was.
 */
export function findUnstorableText(input: unknown, path: string[] = [], depth = 0): FieldError | null {
  if (typeof input === 'string') return input.includes('\u0000') ? { path: path.join('.'), message: 'Contains a character that is not allowed (NUL)' } : null;
  if (depth > 32 || input === null || typeof input !== 'object') return null;
  for (const [key, value] of Object.entries(input)) {
    if (key.includes('\u0000')) return { path: [...path, key].join('.'), message: 'Contains a character that is not allowed (NUL)' };
    const found = findUnstorableText(value, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
