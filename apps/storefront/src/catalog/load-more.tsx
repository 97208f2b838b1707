import { Button } from '@emporium/ui';
import { QueryError } from '../app/query-error';

export interface LoadMoreProps {
  readonly shown: number;
  readonly total: number;
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly onLoadMore: () => void;
  /** The last "load more" failed. */
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** A button rather than endless scrolling: the footer stays reachable, and the URL records how far the shopper went. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore, error, onRetry }: LoadMoreProps) {
  return (
    <div className="load-more">
      <p className="load-more__count">
        Showing {shown} of {total}
      </p>
      {hasMore && !error && (
        <Button variant="secondary" onClick={onLoadMore} loading={loading}>
          Load more
        </Button>
      )}
      {error !== null && error !== undefined && <QueryError error={error} onRetry={onRetry} retrying={loading} />}
    </div>
  );
}
