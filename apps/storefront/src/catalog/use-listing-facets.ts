import { keepPreviousData } from '@tanstack/react-query';
import type { SearchInput, SearchPage } from '../products/product-types';
import { trpc } from '../trpc';
import { facetsAreEmpty } from './facet-choices';

/**
 * The facets to show beside a listing's results: those of its first page — except after a spelling correction.
 * The API counts facets for the words as typed, which match nothing, while the results are for the corrected
 * words; then the facets are asked for once more with the corrected words (one result, facets only), so the
 * sidebar describes the products actually shown. If the API counts them for the corrected words itself, its
 * facets are not empty and no second request is made.
 */
export function useListingFacets(first: SearchPage | undefined, input: SearchInput): SearchPage['facets'] {
  const corrected = first?.correctedQuery ?? null;
  const refetch = corrected !== null && first !== undefined && (first.total ?? 0) > 0 && facetsAreEmpty(first.facets);
  const correctedFacets = trpc.catalog.products.search.useQuery(
    { ...input, q: corrected ?? '', limit: 1 },
    { enabled: refetch, placeholderData: keepPreviousData },
  );
  if (!refetch) return first?.facets ?? null;
  return correctedFacets.data?.facets ?? first.facets;
}
