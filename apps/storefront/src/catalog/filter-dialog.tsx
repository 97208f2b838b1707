import { Button, Dialog } from '@emporium/ui';
import { type ReactNode, useId } from 'react';
import { countLabel } from '../lib/count-label';
import { FiltersHeading } from './filters-heading';

export interface FilterDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly activeCount: number;
  readonly onClear: () => void;
  readonly total: number;
  readonly children: ReactNode;
}

/**
 * The filters on a phone: a native modal <dialog>, which traps focus, closes on Escape, makes the page behind it
 * inert and gives focus back to the "Filters" button when it closes. Filters apply as they are ticked; the results
 * update behind the panel and its button says how many there are.
 */
export function FilterDialog({ open, onClose, activeCount, onClear, total, children }: FilterDialogProps) {
  const headingId = useId();

  return (
    <Dialog open={open} className="filter-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="filter-dialog__head">
        <FiltersHeading id={headingId} activeCount={activeCount} onClear={onClear} />
        <button type="button" className="filter-dialog__close" onClick={onClose} aria-label="Close filters">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="filter-dialog__body">{children}</div>
      <div className="filter-dialog__foot">
        <Button fullWidth onClick={onClose}>
          Show {countLabel(total, 'product', 'products')}
        </Button>
      </div>
    </Dialog>
  );
}
