import { Button, EmptyState } from '@emporium/ui';
import { Link } from 'react-router';

export interface ListingEmptyProps {
  readonly q: string | undefined;
  readonly filtered: boolean;
  readonly onClearFilters: () => void;
}

/** Nothing to show, with the way on: clear the filters that excluded everything, or browse instead of searching. */
export function ListingEmpty({ q, filtered, onClearFilters }: ListingEmptyProps) {
  if (filtered) {
    return (
      <EmptyState
        title="No products match these filters"
        action={
          <Button variant="secondary" onClick={onClearFilters}>
            Clear filters
          </Button>
        }
      >
        <p>Try removing a filter or two{q ? `, or search for something broader than “${q}”` : ''}.</p>
      </EmptyState>
    );
  }
  if (q) {
    return (
      <EmptyState title={`Nothing matches “${q}”`} action={<Link to="/products">Browse all products</Link>}>
        <p>Check the spelling, or try a shorter or more general word.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="Nothing here yet" action={<Link to="/products">Browse all products</Link>}>
      <p>The shelves are being stocked. Please check back soon.</p>
    </EmptyState>
  );
}
