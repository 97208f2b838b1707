import { keepPreviousData } from '@tanstack/react-query';
import { cx } from '@emporium/ui';
import { useEffect, useMemo, useState } from 'react';
import { QueryError } from '../app/query-error';
import { useShopCurrency } from '../lib/shop-currency-context';
import { useMediaQuery } from '../lib/use-media-query';
import { ProductGrid } from '../products/product-grid';
import { ProductGridSkeleton } from '../products/product-grid-skeleton';
import { trpc } from '../trpc';
import { CorrectionNotice } from './correction-notice';
import { FacetFilters } from './facet-filters';
import { FacetPanel } from './facet-panel';
import { ListingEmpty } from './listing-empty';
import { activeFilterCount, clearFilters, effectiveSort, nextPage, setSort } from './listing-state';
import { ListingToolbar } from './listing-toolbar';
import { LoadMore } from './load-more';
import { searchInput } from './search-input';
import { type ListingControls } from './use-listing';
import { useListingFacets } from './use-listing-facets';

const PAGE_SIZE = 12;
/** Where the sidebar becomes a "Filters" button and a dialog (720 px). */
const COMPACT_SCREEN = '(max-width: 45rem)';

export interface ProductListingProps extends ListingControls {
  /** Names the grid for screen readers ("Search results", "Products"). */
  readonly label: string;
}

/**
 * A category listing or search results: the facet sidebar, the sort menu, the result count, the products and
 * "Load more". Everything it shows follows from the URL state; every control changes the URL.
 */
export function ProductListing({ state, show, label }: ProductListingProps) {
  const compact = useMediaQuery(COMPACT_SCREEN);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { currency } = useShopCurrency();
  const input = useMemo(() => searchInput(state, PAGE_SIZE, currency), [state, currency]);
  const results = trpc.catalog.products.search.useInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
    // While a new filter loads, keep the old results (dimmed) and the sidebar in place rather than flashing skeletons.
    placeholderData: keepPreviousData,
  });

  const facets = useListingFacets(results.data?.pages[0], input);
  const loadedPages = results.data?.pages.length ?? 0;
  const { isPlaceholderData, isFetching, isError, hasNextPage, fetchNextPage } = results;
  // A link (or "Load more") asks for `state.pages` pages: fetch them one after another, as their cursors allow.
  useEffect(() => {
    if (isPlaceholderData || isFetching || isError || !hasNextPage) return;
    if (loadedPages > 0 && loadedPages < state.pages) void fetchNextPage();
  }, [isPlaceholderData, isFetching, isError, hasNextPage, fetchNextPage, loadedPages, state.pages]);

  if (results.isPending) return <ProductGridSkeleton count={PAGE_SIZE} />;
  if (results.isLoadingError) return <QueryError error={results.error} onRetry={() => void results.refetch()} retrying={results.isFetching} />;

  const first = results.data.pages[0];
  const total = first?.total ?? 0;
  // The cache may hold more pages than this URL asks for (an earlier visit loaded more): show what the URL says.
  const shownPages = results.data.pages.slice(0, state.pages);
  const products = shownPages.flatMap((page) => page.items);
  const hasMore = loadedPages > shownPages.length || results.hasNextPage;
  const filterCount = activeFilterCount(state);
  const corrected = first?.correctedQuery ?? null;
  const withSidebar = facets !== null && (total > 0 || filterCount > 0);

  return (
    <div className="listing">
      {corrected && state.q && <CorrectionNotice corrected={corrected} typed={state.q} />}
      <div className={cx('listing__layout', withSidebar && 'listing__layout--with-sidebar')}>
        {withSidebar && (
          <FacetPanel
            compact={compact}
            open={filtersOpen}
            onClose={() => setFiltersOpen(false)}
            activeCount={filterCount}
            onClear={() => show(clearFilters(state))}
            total={total}
          >
            <FacetFilters facets={facets} state={state} onChange={(next) => show(next)} currency={currency} />
          </FacetPanel>
        )}
        <div className={cx('listing__results', isPlaceholderData && 'is-updating')} aria-busy={isPlaceholderData || undefined}>
          <ListingToolbar
            total={total}
            sort={effectiveSort(state)}
            searching={Boolean(state.q)}
            onSort={(sort) => show(setSort(state, sort))}
            onOpenFilters={compact && withSidebar ? () => setFiltersOpen(true) : undefined}
            activeFilterCount={filterCount}
          />
          {products.length === 0 ? (
            <ListingEmpty q={state.q} filtered={filterCount > 0} onClearFilters={() => show(clearFilters(state))} />
          ) : (
            <>
              <ProductGrid products={products} headingLevel={2} label={label} highlight={corrected ?? state.q} />
              <LoadMore
                shown={products.length}
                total={total}
                hasMore={hasMore}
                loading={results.isFetchingNextPage || (!results.isError && loadedPages < state.pages && results.hasNextPage)}
                onLoadMore={() => show(nextPage(state), { replace: true })}
                error={results.isFetchNextPageError ? results.error : null}
                onRetry={() => void results.fetchNextPage()}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
