import type { CheckoutError, StepFailure } from '@emporium/checkout-domain';
import { TRPCClientError } from '@trpc/client';

/** What a called service answered when it refused: the tRPC code and our domain reason and details. */
export interface Refusal {
  readonly code: string;
  readonly reason: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/** The refusal inside a failed call, or null when there was no answer (timeout, connection, 5xx). */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { code?: string; httpStatus?: number; reason?: string; details?: Record<string, unknown> } | undefined;
  const status = data?.httpStatus ?? 0;
  if (!data?.code || status === 0 || status >= 500 || data.code === 'TOO_MANY_REQUESTS' || data.code === 'TIMEOUT') return null;
  return { code: data.code, reason: data.reason ?? null, details: data.details ?? {}, message: error.message };
}

/**
 * A failed step call as the saga sees it: a refusal is definitive (the step did not take effect) and carries the
 * shopper's reason; anything else may or may not have taken effect and is retried with the same key.
 */
export function stepFailure(error: unknown, refusedAs: (refusal: Refusal) => CheckoutError): StepFailure {
  const refusal = refusalOf(error);
  if (!refusal) return { kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) };
  return { kind: 'refused', reason: refusedAs(refusal) };
}
