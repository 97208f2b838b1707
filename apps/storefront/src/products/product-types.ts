import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** A product as listed in a grid, exactly as the API returns it. */
export type ProductSummary = Outputs['catalog']['products']['search']['items'][number];
/** A product with everything its own page shows. */
export type ProductDetail = Outputs['catalog']['products']['bySlug'];
export type ProductVariant = ProductDetail['variants'][number];

/** One page of a listing or search; the first also carries the facets. */
export type SearchPage = Outputs['catalog']['products']['search'];
export type SearchFacets = NonNullable<SearchPage['facets']>;
export type FacetCategory = SearchFacets['categories'][number];
/** What the listing asks the API for, minus the cursor that paging adds. */
export type SearchInput = Omit<Inputs['catalog']['products']['search'], 'cursor' | 'direction'>;

export type Suggestions = Outputs['catalog']['products']['autocomplete'];
export type CategoryTreeNode = Outputs['catalog']['categories']['tree'][number];
