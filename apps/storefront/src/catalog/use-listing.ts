import { useToast } from '@emporium/ui';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useShopCurrency } from '../lib/shop-currency-context';
import { priceFilterDroppedMessage } from './currency-notice';
import { inCurrency, type ListingState } from './listing-state';
import { listingHref, parseListingParams } from './listing-url';

export interface ListingControls {
  /** The listing as shown: the URL's, less a price filter set in another currency than the shopper's. */
  readonly state: ListingState;
  /** Shows another view of the listing. A new history entry unless `replace` (loading more is not a step back). */
  readonly show: (next: ListingState, options?: { readonly replace?: boolean }) => void;
}

/** The listing the URL describes, and a way to change it that goes through the URL, so Back and links just work. */
export function useListing(pathCategory?: string): ListingControls {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { currency } = useShopCurrency();
  const linked = useMemo(() => parseListingParams(params, pathCategory), [params, pathCategory]);
  // Without the price filter from the first render on, so no request is ever made with bounds in the wrong currency.
  const state = useMemo(() => inCurrency(linked, currency), [linked, currency]);
  const show = useCallback(
    (next: ListingState, options?: { readonly replace?: boolean }) =>
      // Ticking a filter half-way down the sidebar must not jump the page to the top. flushSync: the box shows
      // its new state in the same frame as the click, instead of flicking back until the router catches up.
      void navigate(listingHref(next), { replace: options?.replace ?? false, preventScrollReset: true, flushSync: true }),
    [navigate],
  );
  useDroppedPriceFilter(linked, state, currency);
  return { state, show };
}

/**
 * When the listing dropped a price filter (the shopper switched currency, or followed a link, or went Back, to
 * bounds in another currency), the URL drops it too — in place, so Back does not bring it back — and the shopper
 * is told, rather than seeing the filter vanish without a word.
 */
function useDroppedPriceFilter(linked: ListingState, shown: ListingState, currency: string): void {
  const navigate = useNavigate();
  const toast = useToast();
  // Once per URL: StrictMode runs effects twice, and the toast must not be.
  const handled = useRef<ListingState | null>(null);
  useEffect(() => {
    if (linked === shown || handled.current === linked || linked.priceCurrency === undefined) return;
    handled.current = linked;
    void navigate(listingHref(shown), { replace: true, preventScrollReset: true });
    toast.show(priceFilterDroppedMessage(linked.priceCurrency, currency), { tone: 'info' });
  }, [linked, shown, currency, navigate, toast]);
}
