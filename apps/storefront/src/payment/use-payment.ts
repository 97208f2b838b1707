import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { apiErrorCode, apiErrorReason, isNotFound, shouldRetry } from '../lib/api-error';
import { trpc } from '../trpc';
import type { AuthorizeInput, PaymentAccessInput, PaymentView } from './payment-types';

/** The input of the shopper's procedures; every view of one payment shares its cache entry. */
export function paymentAccess(paymentId: string, clientSecret: string | null): PaymentAccessInput {
  return clientSecret ? { paymentId, clientSecret } : { paymentId };
}

/** Asking again for a payment this browser may not see is pointless; the network or a busy server may pass. */
export function retryPaymentLoad(count: number, error: unknown): boolean {
  return !isNotFound(error) && apiErrorCode(error) !== 'BAD_REQUEST' && shouldRetry(count, error);
}

/** How often an outcome still being settled is asked for again, at first. */
export const POLL_MS = 1_000;
const MAX_POLL_MS = 10_000;

/** The wait before asking again after `answers` answers: a second at first, a second longer every five, at most ten. */
export function pollDelay(answers: number): number {
  return Math.min(MAX_POLL_MS, POLL_MS * (1 + Math.floor(Math.max(0, answers) / 5)));
}

/**
 * The payment as this browser may see it (by its client secret, or as its signed-in owner), with `authorize` and
 * `confirm`. Their answers replace the loaded payment; when the provider did not answer (PAYMENT_PENDING), the
 * payment is asked for again until it is settled (every second, slowing to every ten), as while it says `processing`.
 */
export interface PaymentHandle {
  readonly input: PaymentAccessInput;
  readonly payment: UseQueryResult<PaymentView, unknown>;
  readonly authorize: UseMutationResult<PaymentView, unknown, AuthorizeInput, unknown>;
  readonly confirm: UseMutationResult<PaymentView, unknown, PaymentAccessInput, unknown>;
  /** A call ended in PAYMENT_PENDING and no newer answer has arrived yet. */
  readonly awaitingAnswer: boolean;
}

export function usePayment(paymentId: string, clientSecret: string | null): PaymentHandle {
  const utils = trpc.useUtils();
  const input = useMemo(() => paymentAccess(paymentId, clientSecret), [paymentId, clientSecret]);
  // When a call ended in PAYMENT_PENDING: until an answer newer than that arrives, the payment counts as processing.
  const [pendingSince, setPendingSince] = useState<number | null>(null);

  const payment = trpc.payment.get.useQuery(input, {
    retry: retryPaymentLoad,
    staleTime: 0,
    refetchOnWindowFocus: false,
    refetchInterval: (query) =>
      query.state.data?.processing || (pendingSince !== null && query.state.dataUpdatedAt <= pendingSince) ? pollDelay(query.state.dataUpdateCount) : false,
  });

  const settle = {
    onSuccess: (view: PaymentView) => {
      setPendingSince(null);
      utils.payment.get.setData(input, view);
    },
    onError: (error: unknown) => {
      if (apiErrorReason(error) === 'PAYMENT_PENDING') setPendingSince(Date.now());
      void utils.payment.get.invalidate(input);
    },
  };
  const authorize = trpc.payment.authorize.useMutation(settle);
  const confirm = trpc.payment.confirm.useMutation(settle);

  const awaitingAnswer = pendingSince !== null && payment.dataUpdatedAt <= pendingSince;
  return { input, payment, authorize, confirm, awaitingAnswer };
}

/** The failure of an authorise or confirm call, as the shopper reads it (null when the step shows it otherwise). */
export function paymentCallProblem(error: unknown): string | null {
  if (!error) return null;
  const reason = apiErrorReason(error);
  if (reason === 'PAYMENT_PENDING') return null;
  if (reason === 'PAYMENT_BUSY') return 'Your payment is already being processed. Wait a moment before trying again.';
  if (reason === 'CARD_DATA_REFUSED') return 'Card details can only be entered in the secure card form.';
  if (isNotFound(error)) return 'This payment can no longer be found.';
  return 'We couldn’t submit your payment. Please try again in a moment.';
}
