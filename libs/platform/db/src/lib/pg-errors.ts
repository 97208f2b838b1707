/** SQLSTATE codes we act on. https://www.postgresql.org/docs/current/errcodes-appendix.html */
export const PgErrorCode = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  lockNotAvailable: '55P03',
  objectInUse: '55006',
  duplicateDatabase: '42P04',
  invalidCatalogName: '3D000',
} as const;

export function pgErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Failures that a retry of the whole transaction can cure. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code === PgErrorCode.serializationFailure || code === PgErrorCode.deadlockDetected;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (pgErrorCode(error) !== PgErrorCode.uniqueViolation) return false;
  return constraint === undefined || (error as { constraint?: string }).constraint === constraint;
}
