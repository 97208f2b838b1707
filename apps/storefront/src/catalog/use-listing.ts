import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ListingState } from './listing-state';
import { listingHref, parseListingParams } from './listing-url';

export interface ListingControls {
  readonly state: ListingState;
  /** Shows another view of the listing. A new history entry unless `replace` (loading more is not a step back). */
  readonly show: (next: ListingState, options?: { readonly replace?: boolean }) => void;
}

/** The listing the URL describes, and a way to change it that goes through the URL, so Back and links just work. */
export function useListing(pathCategory?: string): ListingControls {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = useMemo(() => parseListingParams(params, pathCategory), [params, pathCategory]);
  const show = useCallback(
    (next: ListingState, options?: { readonly replace?: boolean }) =>
      // Ticking a filter half-way down the sidebar must not jump the page to the top. flushSync: the box shows
      // its new state in the same frame as the click, instead of flicking back until the router catches up.
      void navigate(listingHref(next), { replace: options?.replace ?? false, preventScrollReset: true, flushSync: true }),
    [navigate],
  );
  return { state, show };
}
