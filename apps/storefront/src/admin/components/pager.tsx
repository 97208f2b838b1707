import { Button } from '@emporium/ui';
import { pageCount, rangeLabel } from '../lib/form-state';

export interface PagerProps {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
  readonly label: string;
}

/** Previous / next for a numbered list, saying which rows are shown. */
export function Pager({ page, pageSize, total, onPage, label }: PagerProps) {
  const pages = pageCount(pageSize, total);
  return (
    <nav className="admin-pager" aria-label={label}>
      <p className="admin-pager__range" aria-live="polite">
        {rangeLabel(page, pageSize, total)}
      </p>
      <div className="admin-pager__buttons">
        <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <span className="admin-pager__page">
          Page {Math.min(page, pages)} of {pages}
        </span>
        <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next
        </Button>
      </div>
    </nav>
  );
}
