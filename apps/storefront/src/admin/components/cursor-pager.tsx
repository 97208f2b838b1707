import { Button } from '@emporium/ui';
import type { CursorTrail } from '../lib/use-cursor-trail';

export interface CursorPagerProps {
  readonly label: string;
  readonly trail: CursorTrail;
  /** The cursor of the page after this one; none on the last page. */
  readonly nextCursor: string | null | undefined;
  /** The buttons' words, where a list has clearer ones than "Previous" and "Next" ("Newer", "Older"). */
  readonly previousLabel?: string;
  readonly nextLabel?: string;
}

/** Previous / next for a list paged by cursor, which knows the page it is on but not how many there are. */
export function CursorPager({ label, trail, nextCursor, previousLabel = 'Previous', nextLabel = 'Next' }: CursorPagerProps) {
  return (
    <nav className="admin-pager" aria-label={label}>
      <p className="admin-pager__range">Page {trail.page}</p>
      <div className="admin-pager__buttons">
        <Button variant="secondary" size="sm" disabled={trail.page <= 1} onClick={() => trail.previous()}>
          {previousLabel}
        </Button>
        <Button variant="secondary" size="sm" disabled={!nextCursor} onClick={() => nextCursor && trail.next(nextCursor)}>
          {nextLabel}
        </Button>
      </div>
    </nav>
  );
}
