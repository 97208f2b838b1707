/**
 * Reads the tRPC error code (`NOT_FOUND`, `BAD_REQUEST`…) from a failed query. Structural rather than
 * `instanceof TRPCClientError`, so it also works on errors that crossed a module or realm boundary.
 * A network failure or a non-tRPC error has no code.
 */
export function apiErrorCode(error: unknown): string | null {
  const data = errorData(error);
  return data && typeof data['code'] === 'string' ? data['code'] : null;
}

/** A problem with one field of the input, as the API reports it: `path` is dotted (`address.postalCode`). */
export interface ApiFieldError {
  readonly path: string;
  readonly message: string;
}

/**
 * The stable reason of an expected failure (`invalid_credentials`, `email_not_verified`, `invalid_token`,
 * `rate_limited`…), for the UI to switch on; null when the error carries none.
 */
export function apiErrorReason(error: unknown): string | null {
  const data = errorData(error);
  return data && typeof data['reason'] === 'string' ? data['reason'] : null;
}

/** The field problems of a refused input: zod issues and the server's own rules arrive in the same shape. */
export function apiFieldErrors(error: unknown): ApiFieldError[] {
  const list = errorData(error)?.['fieldErrors'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message } = item as Record<string, unknown>;
    return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : [];
  });
}

/** How long a rate-limited caller must wait, in whole seconds; null when the error does not say. */
export function retryAfterSeconds(error: unknown): number | null {
  const details = errorData(error)?.['details'];
  if (typeof details !== 'object' || details === null) return null;
  const seconds = (details as Record<string, unknown>)['retryAfterSeconds'];
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}

/** "45 seconds", "1 minute", "12 minutes": a wait as a shopper reads it, rounded up so it is never too short. */
export function formatWait(seconds: number): string {
  if (seconds < 90) {
    const whole = Math.max(1, Math.ceil(seconds));
    return `${whole} ${whole === 1 ? 'second' : 'seconds'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

export function isNotFound(error: unknown): boolean {
  return apiErrorCode(error) === 'NOT_FOUND';
}

/** The session behind the request has ended (signed out elsewhere, expired): the page should ask to sign in. */
export function isSignedOut(error: unknown): boolean {
  return apiErrorCode(error) === 'UNAUTHORIZED' && (apiErrorReason(error) === null || apiErrorReason(error) === 'signed_out');
}

/** Failures that may pass on their own: the network, or the server being busy or broken. */
const TRANSIENT_CODES = new Set(['INTERNAL_SERVER_ERROR', 'BAD_GATEWAY', 'SERVICE_UNAVAILABLE', 'GATEWAY_TIMEOUT', 'TIMEOUT']);
const MAX_RETRIES = 2;

/** Retries transient failures a couple of times; asking again for a missing product or with bad input is pointless. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  const code = apiErrorCode(error);
  return code === null || TRANSIENT_CODES.has(code);
}

/** What to tell the visitor: never the server's own message, which is written for developers. */
export function apiErrorMessage(error: unknown): string {
  const code = apiErrorCode(error);
  if (code === null) return 'We couldn’t reach the shop. Check your connection and try again.';
  if (apiErrorReason(error) === 'rate_limited') {
    const wait = retryAfterSeconds(error);
    return wait === null ? 'Too many attempts. Please wait a while and try again.' : `Too many attempts. Try again in ${formatWait(wait)}.`;
  }
  if (code === 'SERVICE_UNAVAILABLE') return 'This part of the shop is briefly unavailable. Please try again in a moment.';
  if (code === 'TOO_MANY_REQUESTS') return 'The shop is very busy right now. Please try again in a moment.';
  if (isSignedOut(error)) return 'You have been signed out. Sign in again to continue.';
  return 'Something went wrong on our side. Please try again.';
}

function errorData(error: unknown): Record<string, unknown> | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const { data } = error;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}
