import { LISTING_SORTS, type ListingSort } from '@emporium/catalog-domain';
import { SelectField } from '@emporium/ui';

const SORT_LABELS: Readonly<Record<ListingSort, string>> = {
  relevance: 'Relevance',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  newest: 'Newest',
};

export interface SortMenuProps {
  readonly value: ListingSort;
  /** Relevance is offered only when there is search text to be relevant to. */
  readonly searching: boolean;
  readonly onChange: (sort: ListingSort) => void;
}

export function SortMenu({ value, searching, onChange }: SortMenuProps) {
  const sorts = LISTING_SORTS.filter((sort) => searching || sort !== 'relevance');
  return (
    <SelectField
      label="Sort by"
      inline
      className="sort-menu"
      value={value}
      onChange={(event) => {
        const chosen = sorts.find((sort) => sort === event.currentTarget.value);
        if (chosen) onChange(chosen);
      }}
    >
      {sorts.map((sort) => (
        <option key={sort} value={sort}>
          {SORT_LABELS[sort]}
        </option>
      ))}
    </SelectField>
  );
}
