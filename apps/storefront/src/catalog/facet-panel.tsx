import { type ReactNode, useId } from 'react';
import { FilterDialog } from './filter-dialog';
import { FiltersHeading } from './filters-heading';

export interface FacetPanelProps {
  /** Narrow screens get the filters in a dialog opened by a button; wide ones beside the results. */
  readonly compact: boolean;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly activeCount: number;
  readonly onClear: () => void;
  /** Results with the current filters, for the dialog's "Show 12 products" button. */
  readonly total: number;
  readonly children: ReactNode;
}

/** The frame around the filters: a sidebar on wide screens, a modal panel on phones. Only one is ever rendered. */
export function FacetPanel({ compact, open, onClose, activeCount, onClear, total, children }: FacetPanelProps) {
  const headingId = useId();
  if (compact) {
    return (
      <FilterDialog open={open} onClose={onClose} activeCount={activeCount} onClear={onClear} total={total}>
        {children}
      </FilterDialog>
    );
  }
  return (
    <aside className="facet-panel" aria-labelledby={headingId}>
      <div className="facet-panel__head">
        <FiltersHeading id={headingId} activeCount={activeCount} onClear={onClear} />
      </div>
      {children}
    </aside>
  );
}
