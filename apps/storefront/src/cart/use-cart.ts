import { type UseMutationResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { trpc } from '../trpc';
import { type CartInputs, type CartView } from './cart-types';

/** What the header and the cart page read of `cart.get` (named here: the declaration emit cannot name tRPC's own types). */
export interface CartQuery {
  /** Undefined until the first answer. */
  readonly data: CartView | undefined;
  readonly isPending: boolean;
  /** The first read failed (a failed refetch keeps the cart already shown). */
  readonly isLoadingError: boolean;
  readonly isFetching: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

export type CartMutation<Procedure extends keyof CartInputs> = UseMutationResult<CartView, unknown, CartInputs[Procedure]>;

/**
 * How long a read cart counts as fresh. Every change made here writes the cart it returns into the cache, so the
 * only news a refetch brings is from elsewhere (another tab, a price or stock change): half a minute is plenty.
 */
export const CART_STALE_TIME = 30_000;

/** The shopper's cart, shared by the header badge, the mini cart and the cart page (one request for all). */
export function useCart(): CartQuery {
  return trpc.cart.get.useQuery(undefined, { staleTime: CART_STALE_TIME });
}

/**
 * What every cart mutation does with its answer: the returned CartView becomes the cached cart, so the page and the
 * header update without asking again. A read that was already on its way is cancelled first, or its older answer
 * could land after this one. A refusal re-reads the cart, which may have changed under the shopper's feet.
 */
function useCartWrites() {
  const utils = trpc.useUtils();
  const onMutate = useCallback(() => utils.cart.get.cancel(), [utils]);
  const onSuccess = useCallback((view: CartView) => utils.cart.get.setData(undefined, view), [utils]);
  const onError = useCallback(() => void utils.cart.get.invalidate(), [utils]);
  return { onMutate, onSuccess, onError };
}

export function useAddToCart(): CartMutation<'add'> {
  return trpc.cart.add.useMutation(useCartWrites());
}

export function useSetLineQuantity(): CartMutation<'setQuantity'> {
  return trpc.cart.setQuantity.useMutation(useCartWrites());
}

export function useRemoveLine(): CartMutation<'remove'> {
  return trpc.cart.remove.useMutation(useCartWrites());
}

export function useClearCart(): CartMutation<'clear'> {
  return trpc.cart.clear.useMutation(useCartWrites());
}

export function useAcceptPrices(): CartMutation<'acceptPrices'> {
  return trpc.cart.acceptPrices.useMutation(useCartWrites());
}

export function useApplyCoupon(): CartMutation<'applyCoupon'> {
  return trpc.cart.applyCoupon.useMutation(useCartWrites());
}

export function useRemoveCoupon(): CartMutation<'removeCoupon'> {
  return trpc.cart.removeCoupon.useMutation(useCartWrites());
}

export function useSetCartCurrency(): CartMutation<'setCurrency'> {
  return trpc.cart.setCurrency.useMutation(useCartWrites());
}

export function useSetDestination(): CartMutation<'setDestination'> {
  return trpc.cart.setDestination.useMutation(useCartWrites());
}
