import type { SearchFacets } from '../products/product-types';
import { CategoryFacet } from './category-facet';
import { categoryBranch, facetChoices, facetNames } from './facet-choices';
import { FacetGroup } from './facet-group';
import { type ListingState, setCategory, setInStockOnly, setPriceRange, toggleBrand, toggleFacetValue } from './listing-state';
import { listingHref } from './listing-url';
import { PriceFacet } from './price-facet';
import { StockFacet } from './stock-facet';

export interface FacetFiltersProps {
  readonly facets: SearchFacets;
  readonly state: ListingState;
  readonly onChange: (next: ListingState) => void;
  /** The shopper's currency: what the price ranges are labelled and set in. */
  readonly currency: string;
}

/** Every filter of the sidebar, each built from the facet counts of the first page and the state in the URL. */
export function FacetFilters({ facets, state, onChange, currency }: FacetFiltersProps) {
  const brands = facets.brands.map((brand) => ({ value: brand.slug, label: brand.name, count: brand.count }));
  return (
    <div className="facets">
      <CategoryFacet
        nodes={categoryBranch(facets.categories, state.category)}
        hrefFor={(slug) => listingHref(setCategory(state, slug))}
        // A category page is left through its breadcrumb; a search narrowed to a category needs its own way back.
        clearHref={state.q && state.category ? listingHref(setCategory(state, undefined)) : undefined}
      />
      <StockFacet checked={state.inStockOnly} onChange={(inStockOnly) => onChange(setInStockOnly(state, inStockOnly))} />
      <FacetGroup legend="Brand" noun={['brand', 'brands']} choices={facetChoices(brands, state.brands)} onToggle={(slug) => onChange(toggleBrand(state, slug))} />
      <PriceFacet
        buckets={facets.prices}
        priceMin={state.priceMin}
        priceMax={state.priceMax}
        currency={currency}
        onChange={(priceMin, priceMax) => onChange(setPriceRange(state, priceMin, priceMax, currency))}
      />
      {facetNames(facets.options, state.options).map((name) => (
        <FacetGroup
          key={`option:${name}`}
          legend={name}
          choices={facetChoices(facets.options.find((option) => option.name === name)?.values ?? [], state.options[name] ?? [])}
          onToggle={(value) => onChange(toggleFacetValue(state, 'options', name, value))}
        />
      ))}
      {facetNames(facets.attributes, state.attributes).map((name) => (
        <FacetGroup
          key={`attribute:${name}`}
          legend={name}
          // Attributes are many (Material, Fit, Care…): closed until opened, so the common filters stay in view.
          defaultOpen={false}
          choices={facetChoices(facets.attributes.find((attribute) => attribute.name === name)?.values ?? [], state.attributes[name] ?? [])}
          onToggle={(value) => onChange(toggleFacetValue(state, 'attributes', name, value))}
        />
      ))}
    </div>
  );
}
