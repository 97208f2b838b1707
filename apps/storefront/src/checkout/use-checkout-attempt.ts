import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { apiErrorCode, isNotFound, shouldRetry } from '../lib/api-error';
import { sessionStore } from '../payment/client-secret';
import { pollDelay } from '../payment/use-payment';
import { trpc } from '../trpc';
import { type AttemptKeys, forgetAttempt, rememberOrderAccess } from './attempt-store';
import { type CheckoutView } from './checkout-types';

/** Asking again for an attempt the server does not know (expired, another browser's) is pointless. */
export function retryAttemptLoad(count: number, error: unknown): boolean {
  return !isNotFound(error) && apiErrorCode(error) !== 'BAD_REQUEST' && shouldRetry(count, error);
}

/** Where a placed order's confirmation is. */
export function confirmationPath(orderId: string): string {
  return `/checkout/confirmation/${encodeURIComponent(orderId)}`;
}

/**
 * One checkout attempt as this tab follows it: its status (asked again while it is `processing`: every second,
 * slowing to every ten), `resume` once the card is paid, and — once the order exists — the way to its confirmation,
 * the guest's key to it kept for that page and the attempt forgotten, so the next visit to /checkout starts afresh.
 */
export interface CheckoutAttemptHandle {
  readonly input: AttemptKeys;
  readonly status: UseQueryResult<CheckoutView, unknown>;
  readonly resume: UseMutationResult<CheckoutView, unknown, AttemptKeys, unknown>;
}

export function useCheckoutAttempt(keys: AttemptKeys): CheckoutAttemptHandle {
  const utils = trpc.useUtils();
  const navigate = useNavigate();
  const input = { attemptToken: keys.attemptToken, accessToken: keys.accessToken };
  const status = trpc.storefront.checkout.status.useQuery(input, {
    retry: retryAttemptLoad,
    staleTime: 0,
    refetchOnWindowFocus: false,
    refetchInterval: (query) => (query.state.data?.status === 'processing' ? pollDelay(query.state.dataUpdateCount) : false),
  });
  const resume = trpc.storefront.checkout.resume.useMutation({
    onSuccess: (view) => utils.storefront.checkout.status.setData(input, view),
  });

  const order = status.data?.status === 'placed' ? status.data.order : null;
  useEffect(() => {
    if (!order) return;
    rememberOrderAccess(sessionStore(), order.id, keys.accessToken);
    forgetAttempt(sessionStore());
    // The cart was completed by the order: the header's badge and the cart page read it afresh.
    void utils.cart.get.invalidate();
    void navigate(confirmationPath(order.id), { replace: true });
  }, [order, keys.accessToken, navigate, utils]);

  return { input, status, resume };
}
