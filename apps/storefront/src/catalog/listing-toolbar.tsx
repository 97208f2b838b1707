import { type ListingSort } from '@emporium/catalog-domain';
import { Button } from '@emporium/ui';
import { countLabel } from '../lib/count-label';
import { SortMenu } from './sort-menu';

export interface ListingToolbarProps {
  readonly total: number;
  readonly sort: ListingSort;
  readonly searching: boolean;
  readonly onSort: (sort: ListingSort) => void;
  /** Present on narrow screens, where the filters hide behind a button. */
  readonly onOpenFilters?: () => void;
  readonly activeFilterCount: number;
}

/** Above the results: how many there are (announced when filters change it), the filters button and the order. */
export function ListingToolbar({ total, sort, searching, onSort, onOpenFilters, activeFilterCount }: ListingToolbarProps) {
  return (
    <div className="listing-toolbar">
      <p className="listing-toolbar__count" role="status">
        {countLabel(total, 'product', 'products')}
      </p>
      <div className="listing-toolbar__actions">
        {onOpenFilters && (
          <Button variant="secondary" size="sm" onClick={onOpenFilters} aria-haspopup="dialog">
            Filters{activeFilterCount > 0 ? ` (${activeFilterCount})` : ''}
          </Button>
        )}
        <SortMenu value={sort} searching={searching} onChange={onSort} />
      </div>
    </div>
  );
}
